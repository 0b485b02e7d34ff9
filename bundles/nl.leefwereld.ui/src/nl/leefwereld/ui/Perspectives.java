// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;

import nl.leefwereld.core.method.MethodDescriptor;

/**
 * The product's perspectives and views as the Venster menu, the perspective switcher and the Methods view offer
 * them: Leefwereld's and every installed method's (also a training institute's own), not the platform's (but its
 * Outline and Properties); the general perspective and category first, the methods' after it by name.
 */
public final class Perspectives {

    /** The prefix of the platform's perspectives and view categories (IDE views in a test runtime, for one). */
    private static final String PLATFORM = "org.eclipse."; //$NON-NLS-1$
    /** The view category of the general views; each method's .ui bundle declares a category of its own. */
    public static final String GENERAL_CATEGORY = "nl.leefwereld.ui.views"; //$NON-NLS-1$
    private static final List<String> PLATFORM_VIEWS = List.of(IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET);

    private Perspectives() {
    }

    /** The perspective a method's .ui bundle declares: {@code <method's bundle>.ui.perspective}. */
    public static String perspectiveIdOf(MethodDescriptor method) {
        return method.contributor() + ".ui.perspective"; //$NON-NLS-1$
    }

    /** Leefwereld's perspectives: the general one first, then the methods' by name. */
    public static List<IPerspectiveDescriptor> all() {
        List<IPerspectiveDescriptor> found = new ArrayList<>();
        for (IPerspectiveDescriptor p : PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives()) {
            if (!p.getId().startsWith(PLATFORM)) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparing((IPerspectiveDescriptor p) -> !p.getId().equals(ConversationsPerspective.ID))
                .thenComparing(IPerspectiveDescriptor::getLabel));
        return found;
    }

    /** A group of views for the Weergave tonen menu: the general views, or one method's. */
    public record ViewGroup(String label, List<IViewDescriptor> views) {
    }

    /** Every view of the product, grouped per view category: the general views first, then per method by name. */
    public static List<ViewGroup> viewGroups() {
        List<ViewGroup> groups = new ArrayList<>();
        ViewGroup general = null;
        for (IViewCategory category : PlatformUI.getWorkbench().getViewRegistry().getCategories()) {
            if (category.getId().startsWith(PLATFORM)) {
                continue;
            }
            List<IViewDescriptor> views = new ArrayList<>(List.of(category.getViews()));
            if (category.getId().equals(GENERAL_CATEGORY)) {
                for (String id : PLATFORM_VIEWS) {
                    IViewDescriptor platform = PlatformUI.getWorkbench().getViewRegistry().find(id);
                    if (platform != null) {
                        views.add(platform);
                    }
                }
            }
            views.sort(Comparator.comparing(IViewDescriptor::getLabel));
            if (views.isEmpty()) {
                continue;
            }
            ViewGroup group = new ViewGroup(category.getId().equals(GENERAL_CATEGORY) ? Messages.Views_general : category.getLabel(),
                    views);
            if (category.getId().equals(GENERAL_CATEGORY)) {
                general = group;
            } else {
                groups.add(group);
            }
        }
        groups.sort(Comparator.comparing(ViewGroup::label));
        if (general != null) {
            groups.add(0, general);
        }
        return groups;
    }

    /** Offers every Leefwereld perspective and view as a shortcut in this layout (perspective bar, Show View). */
    static void addShortcuts(IPageLayout layout) {
        for (IPerspectiveDescriptor p : all()) {
            layout.addPerspectiveShortcut(p.getId());
        }
        for (ViewGroup group : viewGroups()) {
            for (IViewDescriptor view : group.views()) {
                layout.addShowViewShortcut(view.getId());
            }
        }
    }
}
