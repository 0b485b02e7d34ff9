// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import nl.leefwereld.model.Conversation;
import nl.leefwereld.store.AuditAction;
import nl.leefwereld.store.ConversationStore;
import nl.leefwereld.store.StoreDecorator;
import nl.leefwereld.store.StoreOptions;

/**
 * Applies the {@link StoreDecorator} services to a store being opened. When there are any, the store is opened
 * without read auditing and a proxy records the OPEN events for the callers' reads instead, so a decorator can read
 * for itself (an index) without filling the audit log.
 */
public final class StoreDecorators {

    private static final Logger LOG = Logger.getLogger(StoreDecorators.class.getName());

    private StoreDecorators() {
    }

    /** The registered decorators (none outside OSGi). */
    public static List<StoreDecorator> find() {
        Bundle bundle = FrameworkUtil.getBundle(StoreDecorators.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        List<StoreDecorator> result = new ArrayList<>();
        try {
            for (ServiceReference<StoreDecorator> ref : context.getServiceReferences(StoreDecorator.class, null)) {
                StoreDecorator decorator = context.getService(ref);
                if (decorator != null) {
                    result.add(decorator);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /**
     * Opens a store with {@code open} and applies the decorators. {@code open} gets the options to open with.
     */
    public static ConversationStore open(Path folder, StoreOptions options,
            Function<StoreOptions, ConversationStore> open) {
        List<StoreDecorator> decorators = find();
        if (decorators.isEmpty()) {
            return open.apply(options);
        }
        ConversationStore raw = open.apply(options.withAuditReads(false));
        ConversationStore audited = auditingReads(raw, options.auditReads());
        StoreDecorator.Context context = new StoreDecorator.Context(folder, raw.location(),
                folder != null && DerbyEngine.isEncrypted(folder.toAbsolutePath().normalize()), options);
        ConversationStore result = audited;
        for (StoreDecorator decorator : decorators) {
            try {
                result = decorator.decorate(result, raw, context);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Store decorator " + decorator.getClass().getName() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return result;
    }

    /**
     * {@code raw} with an OPEN event recorded for every conversation loaded (by {@code loadConversation} or
     * {@code listClientsWithConversations}), when {@code audit}.
     */
    private static ConversationStore auditingReads(ConversationStore raw, boolean audit) {
        if (!audit) {
            return raw;
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if ("listClientsWithConversations".equals(method.getName()) && (args == null || args.length == 0) //$NON-NLS-1$
                    && raw instanceof DerbyConversationStore store) {
                return store.listClientsWithConversations(true); // the OPEN events in the same transaction, batched
            }
            Object result = invoke(raw, method, args);
            if ("loadConversation".equals(method.getName()) && result instanceof Conversation c) { //$NON-NLS-1$
                String clientId = c.getTrajectory() != null && c.getTrajectory().getClient() != null
                        ? c.getTrajectory().getClient().getId()
                        : null;
                raw.audit(AuditAction.OPEN, clientId, c.getId(), null);
            }
            return result;
        };
        return (ConversationStore) Proxy.newProxyInstance(StoreDecorators.class.getClassLoader(),
                new Class<?>[] { ConversationStore.class }, handler);
    }

    /** Calls {@code method} on {@code target}, rethrowing what the method threw. */
    public static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
