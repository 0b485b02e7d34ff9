// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.toolset;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The methods installed in this Leefwereld installation, and installing or removing method features from a p2
 * repository (a folder or a zip file, offline). What the p2 director does, limited to what an organisation does
 * with its toolset. Changes take effect at the next start.
 * <p>
 * Only an installation provisioned by p2 (the product, with its p2 profile) can change itself; from a development
 * or test runtime, {@link #running()} throws a {@link ToolsetException} that says so.
 * </p>
 */
public final class Toolset {

    /** A method feature: its id (without {@code .feature.group}), name, version and whether it is installed. */
    public record MethodFeature(String id, String name, String version, boolean installed) {
    }

    private static final String GROUP_SUFFIX = ".feature.group"; //$NON-NLS-1$
    private static final String ROOT = "org.eclipse.equinox.p2.type.root"; //$NON-NLS-1$
    /** The features every installation has; they are not methods and are never removed here. */
    private static final Set<String> BASE = Set.of("nl.leefwereld.platform", "nl.leefwereld.core"); //$NON-NLS-1$ //$NON-NLS-2$

    private final IProvisioningAgent agent;
    private final IProfile profile;

    private Toolset(IProvisioningAgent agent, IProfile profile) {
        this.agent = agent;
        this.profile = profile;
    }

    /** The toolset of the running installation. */
    public static Toolset running() throws ToolsetException {
        BundleContext context = FrameworkUtil.getBundle(Toolset.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
        if (ref == null) {
            throw new ToolsetException(Messages.Toolset_noP2);
        }
        try {
            IProvisioningAgent agent = context.getService(ref).createAgent(null);
            IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
            IProfile profile = profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF);
            if (profile == null) {
                throw new ToolsetException(Messages.Toolset_noProfile);
            }
            return new Toolset(agent, profile);
        } catch (ProvisionException e) {
            throw new ToolsetException(NLS.bind(Messages.Toolset_noAgent, e.getMessage()), e);
        } finally {
            context.ungetService(ref);
        }
    }

    /** The method features installed by the organisation (root features, not the base), sorted by id. */
    public List<MethodFeature> installed() {
        List<MethodFeature> result = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(QueryUtil.createIUGroupQuery(), null)) {
            if (isMethodFeature(iu) && Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, ROOT))) {
                result.add(feature(iu, true));
            }
        }
        result.sort(Comparator.comparing(MethodFeature::id));
        return result;
    }

    /** The method features in a repository (newest version of each), marked when installed, sorted by id. */
    public List<MethodFeature> available(URI repository, IProgressMonitor monitor) throws ToolsetException {
        Set<String> installed = new HashSet<>();
        installed().forEach(f -> installed.add(f.id()));
        List<MethodFeature> result = new ArrayList<>();
        for (IInstallableUnit iu : latestGroups(load(repository, monitor), monitor)) {
            if (isMethodFeature(iu)) {
                MethodFeature f = feature(iu, false);
                result.add(new MethodFeature(f.id(), f.name(), f.version(), installed.contains(f.id())));
            }
        }
        result.sort(Comparator.comparing(MethodFeature::id));
        return result;
    }

    /**
     * Installs these method features (ids without {@code .feature.group}) from the repository.
     *
     * @throws ToolsetException when the repository cannot be read, a feature is not in it, or p2 cannot install it
     */
    public void install(URI repository, List<String> featureIds, IProgressMonitor monitor) throws ToolsetException {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Toolset_installing, 10);
        IMetadataRepository metadata = load(repository, sub.split(2));
        List<IInstallableUnit> ius = new ArrayList<>();
        for (String id : featureIds) {
            IQueryResult<IInstallableUnit> found = metadata.query(
                    QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id + GROUP_SUFFIX)), sub.split(0));
            if (found.isEmpty()) {
                throw new ToolsetException(NLS.bind(Messages.Toolset_notInRepository, id, repository));
            }
            ius.add(found.iterator().next());
        }
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        for (IInstallableUnit iu : ius) {
            request.add(iu);
            request.setInstallableUnitProfileProperty(iu, ROOT, Boolean.TRUE.toString());
        }
        perform(request, repository, sub.split(8));
    }

    /**
     * Removes these installed method features. Conversations coded with a removed method stay as they are: the
     * store keeps its codes and assessments, shown as unknown until the method is back.
     */
    public void remove(List<String> featureIds, IProgressMonitor monitor) throws ToolsetException {
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        for (String id : featureIds) {
            if (BASE.contains(id)) {
                throw new ToolsetException(NLS.bind(Messages.Toolset_baseFeature, id));
            }
            IQueryResult<IInstallableUnit> found = profile.query(QueryUtil.createIUQuery(id + GROUP_SUFFIX), null);
            if (found.isEmpty()) {
                throw new ToolsetException(NLS.bind(Messages.Toolset_notInstalled, id));
            }
            request.removeAll(found.toUnmodifiableSet());
        }
        perform(request, null, monitor);
    }

    private void perform(IProfileChangeRequest request, URI repository, IProgressMonitor monitor) throws ToolsetException {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        ProvisioningContext context = new ProvisioningContext(agent);
        URI[] repositories = repository == null ? new URI[0] : new URI[] { repository };
        context.setMetadataRepositories(repositories);
        context.setArtifactRepositories(repositories);
        IProvisioningPlan plan = agent.getService(IPlanner.class).getProvisioningPlan(request, context, sub.split(3));
        if (!plan.getStatus().isOK()) {
            throw new ToolsetException(NLS.bind(Messages.Toolset_cannotPlan, describe(plan.getStatus())));
        }
        IStatus result = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), sub.split(7));
        if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
            throw new ToolsetException(NLS.bind(Messages.Toolset_failed, describe(result)));
        }
    }

    private IMetadataRepository load(URI repository, IProgressMonitor monitor) throws ToolsetException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        try {
            IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(repository, sub.split(1));
            agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, sub.split(1));
            return metadata;
        } catch (ProvisionException e) {
            throw new ToolsetException(NLS.bind(Messages.Toolset_cannotLoad, repository, e.getMessage()), e);
        }
    }

    private static IQueryResult<IInstallableUnit> latestGroups(IMetadataRepository repository, IProgressMonitor monitor) {
        return repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor);
    }

    private static boolean isMethodFeature(IInstallableUnit iu) {
        String id = iu.getId();
        return id.endsWith(GROUP_SUFFIX) && !BASE.contains(featureId(iu));
    }

    private static String featureId(IInstallableUnit iu) {
        return iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length());
    }

    private static MethodFeature feature(IInstallableUnit iu, boolean installed) {
        String name = iu.getProperty(IInstallableUnit.PROP_NAME, null);
        return new MethodFeature(featureId(iu), name == null ? featureId(iu) : name, iu.getVersion().toString(), installed);
    }

    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        if (status instanceof MultiStatus multi) {
            for (IStatus child : multi.getChildren()) {
                text.append("\n  ").append(describe(child).replace("\n", "\n  ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return text.toString();
    }

    /**
     * The p2 location of a repository given as a folder or a zip file (as an organisation receives it), or as a URI.
     */
    public static URI repositoryLocation(String given) throws ToolsetException {
        if (given.contains("://") || given.startsWith("jar:") || given.startsWith("file:")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return URI.create(given);
        }
        Path path = Path.of(given).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return path.toUri();
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
            return URI.create("jar:" + path.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw new ToolsetException(NLS.bind(Messages.Toolset_noRepositoryAt, path));
    }
}
