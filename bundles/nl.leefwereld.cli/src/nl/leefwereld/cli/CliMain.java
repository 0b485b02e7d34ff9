// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli;

import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.cli.commands.admin.AdminSupport;
import nl.leefwereld.core.cli.CliCommand;
import nl.leefwereld.core.cli.CliCommandDescriptor;
import nl.leefwereld.core.cli.CliCommandRegistry;
import nl.leefwereld.core.cli.CliUsageException;
import nl.leefwereld.store.StoreException;
import nl.leefwereld.store.StoreLockedException;
import nl.leefwereld.store.StoreValueException;

/**
 * The dispatcher of the command line: global options, command lookup through the extension point
 * {@code nl.leefwereld.core.cliCommands}, exit codes. Used by {@link CliApplication} and by the tests.
 *
 * <pre>
 * leefwereld [--db &lt;folder&gt; [--unencrypted] | --server postgresql://&lt;host&gt;[:&lt;port&gt;]/&lt;database&gt; --user &lt;name&gt;]
 *            [--format text|json] &lt;command&gt; [arguments]
 * </pre>
 * Global options may stand anywhere before {@code --}. Exit codes: 0 ok, 1 bad input or usage,
 * 2 database locked or unavailable.
 */
public final class CliMain {

    /** The option naming the database folder. */
    public static final String OPTION_DB = "--db"; //$NON-NLS-1$
    /** The option choosing the output format. */
    public static final String OPTION_FORMAT = "--format"; //$NON-NLS-1$
    /** An organisation database's address ({@code postgresql://host[:port]/database[?sslmode=…]}) instead of the embedded database. */
    public static final String OPTION_SERVER = "--server"; //$NON-NLS-1$
    /** The user name on the organisation database; the password comes from {@code LEEFWERELD_SERVER_PASSWORD} or the console. */
    public static final String OPTION_USER = "--user"; //$NON-NLS-1$
    /** Allows a new database to be created without encryption (never the default: it holds client data). */
    public static final String OPTION_UNENCRYPTED = "--unencrypted"; //$NON-NLS-1$
    /**
     * Before the command: the database password from the first line of this file, for every command (after the
     * command, the administration commands read their own {@code --password-file}).
     */
    public static final String OPTION_PASSWORD_FILE = "--password-file"; //$NON-NLS-1$
    /** The formats {@code --format} accepts: text and json for output, qdpx for export, pdf, docx and html for {@code report}. */
    public static final List<String> FORMATS = List.of("text", "json", "qdpx", "pdf", "docx", "html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private final Path defaultDatabase;
    private final List<CliCommandDescriptor> commands;

    public CliMain(Path defaultDatabase, List<CliCommandDescriptor> commands) {
        this.defaultDatabase = defaultDatabase;
        this.commands = List.copyOf(commands);
    }

    /**
     * Runs the command line with the commands from the extension registry and the default database
     * {@code <instance location>/database}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<CliCommandDescriptor> commands = CliCommandRegistry.read(RegistryFactory.getRegistry(), err);
        return new CliMain(defaultDatabaseFolder(), commands).execute(args, out, err);
    }

    /**
     * The default database folder: {@code database} in the instance location ({@code -data}), or in
     * {@code ~/.leefwereld/workspace} when there is none.
     */
    public static Path defaultDatabaseFolder() {
        try {
            Location instance = Platform.getInstanceLocation();
            if (instance != null && (instance.isSet() || instance.getDefault() != null)) {
                URL url = instance.getURL();
                if (url != null && "file".equals(url.getProtocol())) { //$NON-NLS-1$
                    return new File(url.getFile()).toPath().resolve("database"); //$NON-NLS-1$
                }
            }
        } catch (RuntimeException e) {
            // no platform (plain JVM): fall through
        }
        return Path.of(System.getProperty("user.home"), ".leefwereld", "workspace", "database"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    public List<CliCommandDescriptor> commands() {
        return commands;
    }

    /** Runs one command line; never throws, returns the exit code. */
    public int execute(String[] args, PrintStream out, PrintStream err) {
        Path database = defaultDatabase;
        String format = null;
        String server = null;
        String user = null;
        String commandName = null;
        boolean unencrypted = false;
        char[] password = null;
        List<String> commandArgs = new ArrayList<>();
        List<String> list = Arrays.asList(args);
        try {
            for (int i = 0; i < list.size(); i++) {
                String arg = list.get(i);
                if (arg.equals("--")) { //$NON-NLS-1$
                    commandArgs.addAll(list.subList(i, list.size()));
                    break;
                }
                String value = null;
                String name = arg;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) { //$NON-NLS-1$
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (arg.equals(OPTION_UNENCRYPTED)) {
                    unencrypted = true;
                } else if (commandName == null && name.equals(OPTION_PASSWORD_FILE)) {
                    if (value == null) {
                        if (i + 1 >= list.size()) {
                            throw new CliUsageException(NLS.bind(Messages.CliMain_missingValue, name));
                        }
                        value = list.get(++i);
                    }
                    password = AdminSupport.readPasswordFile(value);
                } else if (name.equals(OPTION_DB) || name.equals(OPTION_FORMAT) || name.equals(OPTION_SERVER)
                        || name.equals(OPTION_USER)) {
                    if (value == null) {
                        if (i + 1 >= list.size()) {
                            throw new CliUsageException(NLS.bind(Messages.CliMain_missingValue, name));
                        }
                        value = list.get(++i);
                    }
                    if (name.equals(OPTION_DB)) {
                        if (value.isBlank()) {
                            throw new CliUsageException(NLS.bind(Messages.CliMain_missingValue, name));
                        }
                        database = Path.of(value).toAbsolutePath();
                    } else if (name.equals(OPTION_SERVER)) {
                        server = value.strip();
                    } else if (name.equals(OPTION_USER)) {
                        user = value.strip();
                    } else {
                        format = value.toLowerCase(Locale.ROOT);
                        if (!FORMATS.contains(format)) {
                            throw new CliUsageException(NLS.bind(Messages.CliMain_badFormat, value, String.join("|", FORMATS))); //$NON-NLS-1$
                        }
                    }
                } else if (commandName == null && (arg.equals("--help") || arg.equals("-h") || arg.equals("-?"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    commandName = "help"; //$NON-NLS-1$
                } else if (commandName == null && !arg.startsWith("-")) { //$NON-NLS-1$
                    commandName = arg;
                } else if (commandName == null) {
                    throw new CliUsageException(NLS.bind(Messages.CliMain_unknownGlobalOption, arg));
                } else {
                    commandArgs.add(arg);
                }
            }
        } catch (CliUsageException e) {
            err.println(NLS.bind(Messages.CliMain_error, e.getMessage()));
            err.println(Messages.CliMain_usage);
            return CliCommand.EXIT_USAGE;
        }

        if (server != null && (server.isEmpty() || user == null || user.isEmpty())) {
            err.println(NLS.bind(Messages.CliMain_error, Messages.CliMain_serverNeedsUser));
            return CliCommand.EXIT_USAGE;
        }
        if (commandName == null) {
            err.println(Messages.CliMain_noCommand);
            err.println(Messages.CliMain_usage);
            err.println(NLS.bind(Messages.CliMain_available, names()));
            return CliCommand.EXIT_USAGE;
        }
        CliCommandDescriptor descriptor = find(commandName);
        if (descriptor == null) {
            err.println(NLS.bind(Messages.CliMain_unknownCommand, commandName));
            err.println(NLS.bind(Messages.CliMain_available, names()));
            return CliCommand.EXIT_USAGE;
        }

        CliCommand command;
        try {
            command = descriptor.create();
        } catch (RuntimeException e) {
            err.println(NLS.bind(Messages.CliMain_error, e.getMessage()));
            return CliCommand.EXIT_USAGE;
        }
        DefaultCliContext ctx = new DefaultCliContext(database, server, user, format, out, err, commands,
                unencrypted, password);
        try (ctx) {
            return command.run(ctx, List.copyOf(commandArgs));
        } catch (CliUsageException e) {
            err.println(NLS.bind(Messages.CliMain_commandError, commandName, e.getMessage()));
            err.println(NLS.bind(Messages.CliMain_commandUsage, command.usage()));
            return CliCommand.EXIT_USAGE;
        } catch (StoreValueException e) {
            err.println(NLS.bind(Messages.CliMain_commandError, commandName, e.getMessage()));
            return CliCommand.EXIT_USAGE;
        } catch (StoreLockedException e) {
            err.println(NLS.bind(Messages.CliMain_storeLocked, ctx.location(), e.getMessage()));
            return CliCommand.EXIT_STORE_UNAVAILABLE;
        } catch (StoreException e) {
            err.println(NLS.bind(Messages.CliMain_storeUnavailable, ctx.location(), e.getMessage()));
            return CliCommand.EXIT_STORE_UNAVAILABLE;
        } catch (Exception e) {
            err.println(NLS.bind(Messages.CliMain_commandError, commandName,
                    e.getMessage() == null ? e.toString() : e.getMessage()));
            if (Boolean.getBoolean("leefwereld.debug")) { //$NON-NLS-1$
                e.printStackTrace(err);
            }
            return CliCommand.EXIT_USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private CliCommandDescriptor find(String name) {
        for (CliCommandDescriptor d : commands) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    private String names() {
        return commands.stream().map(CliCommandDescriptor::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
