// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui;

import org.eclipse.jface.resource.ImageDescriptor;

/**
 * This bundle's icons ({@code icons/<name>}, PNG). Our own, not the platform's shared images: those are SVG now,
 * and the SVG rasterizer needs SPI Fly, which cannot weave classes on every JDK.
 */
public final class Icons {

    private Icons() {
    }

    public static ImageDescriptor get(String name) {
        return ImageDescriptor.createFromURL(Icons.class.getResource("/icons/" + name)); //$NON-NLS-1$
    }
}
