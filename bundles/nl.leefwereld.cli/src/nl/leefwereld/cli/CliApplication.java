// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code nl.leefwereld.cli.app}. It takes the non-framework arguments
 * ({@link IApplicationContext#APPLICATION_ARGS}), runs {@link CliMain} and returns the exit code as an
 * {@link Integer} ({@link IApplication#EXIT_OK} for 0), which the equinox launcher passes on as the process
 * exit code. Output is written as UTF-8. No UI is started.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] a ? a : new String[0];
        context.applicationRunning();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = CliMain.run(args, out, err);
        out.flush();
        err.flush();
        return code == 0 ? IApplication.EXIT_OK : Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
