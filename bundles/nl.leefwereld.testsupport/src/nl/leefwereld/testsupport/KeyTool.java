// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Key stores made by the JDK's keytool, for the team server over TLS. */
public final class KeyTool {

    /** The password of the key stores made here. */
    public static final String KEY_STORE_PASSWORD = "Sleutel-opslag-42";

    private KeyTool() {
    }

    /**
     * A PKCS12 key store with one self-signed EC key (alias {@code leefwereld}) for {@code CN=localhost}.
     *
     * @param extra further keytool options, e.g. {@code -startdate -3d -validity 1} for an expired certificate;
     *            none gives {@code -validity 30}
     */
    public static Path keyStore(Path folder, String name, String... extra) throws Exception {
        return keyStoreFor("CN=localhost, O=Leefwereld test", folder, name, extra);
    }

    /** As {@link #keyStore(Path, String, String...)}, for the distinguished name {@code dname}. */
    public static Path keyStoreFor(String dname, Path folder, String name, String... extra) throws Exception {
        Path file = folder.resolve(name);
        List<String> command = new ArrayList<>(List.of("-genkeypair", "-alias", "leefwereld", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", dname, "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", KEY_STORE_PASSWORD, "-keypass", KEY_STORE_PASSWORD));
        command.addAll(List.of(extra.length == 0 ? new String[] { "-validity", "30" } : extra));
        run(command);
        return file;
    }

    /** A key store holding only the certificate of {@code keyStore} (what a client's trust store looks like). */
    public static Path trustStore(Path keyStore, Path folder, String name) throws Exception {
        Path certificate = folder.resolve(name + ".cer");
        run(List.of("-exportcert", "-alias", "leefwereld", "-keystore", keyStore.toString(), "-storepass",
                KEY_STORE_PASSWORD, "-file", certificate.toString()));
        Path file = folder.resolve(name);
        run(List.of("-importcert", "-noprompt", "-alias", "server", "-file", certificate.toString(), "-storetype",
                "PKCS12", "-keystore", file.toString(), "-storepass", KEY_STORE_PASSWORD));
        return file;
    }

    /** Runs the JDK's keytool with these arguments; fails the test with its output when it fails. */
    public static void run(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("keytool " + arguments + " failed: " + output);
        }
    }
}
