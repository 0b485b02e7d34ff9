// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test certificates made by the JDK's keytool (no openssl needed): a certificate authority of the test's own and
 * server certificates it signs, written as the PEM files PostgreSQL ({@code ssl_cert_file}, {@code ssl_key_file})
 * and the PostgreSQL driver ({@code sslrootcert}) read.
 */
public final class KeyTool {

    /** The password of the PKCS12 key stores made here (they stay in the test's folder). */
    public static final String KEY_STORE_PASSWORD = "Sleutel-opslag-42";

    private KeyTool() {
    }

    /** A test CA: its key store (alias {@code ca}) and its certificate as PEM, the file a client trusts. */
    public record Authority(Path keyStore, Path certificate) {
    }

    /** A server's certificate (PEM, signed by a test CA) and its unencrypted private key (PKCS#8 PEM). */
    public record ServerCertificate(Path certificate, Path privateKey) {
    }

    /** A new certificate authority {@code CN=<name>} (an EC key, valid 30 days) in {@code folder}. */
    public static Authority authority(Path folder, String name) throws Exception {
        Path keyStore = folder.resolve(name + ".p12");
        run(List.of("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name + ", O=Leefwereld test", "-ext", "bc:c", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", KEY_STORE_PASSWORD, "-keypass", KEY_STORE_PASSWORD));
        Path certificate = folder.resolve(name + ".crt");
        run(List.of("-exportcert", "-rfc", "-alias", "ca", "-keystore", keyStore.toString(), "-storepass",
                KEY_STORE_PASSWORD, "-file", certificate.toString()));
        return new Authority(keyStore, certificate);
    }

    /**
     * A server certificate {@code CN=<first host name>} signed by {@code authority}, for server authentication, with
     * these DNS names as its subject alternative names (nothing else: no IP address).
     */
    public static ServerCertificate serverCertificate(Authority authority, Path folder, String name,
            String... dnsNames) throws Exception {
        Path keyStore = folder.resolve(name + ".p12");
        run(List.of("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + dnsNames[0] + ", O=Leefwereld test", "-validity", "30", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", KEY_STORE_PASSWORD, "-keypass", KEY_STORE_PASSWORD));
        Path request = folder.resolve(name + ".csr");
        run(List.of("-certreq", "-alias", "server", "-keystore", keyStore.toString(), "-storepass",
                KEY_STORE_PASSWORD, "-file", request.toString()));
        List<String> names = new ArrayList<>();
        for (String dns : dnsNames) {
            names.add("dns:" + dns);
        }
        Path certificate = folder.resolve(name + ".crt");
        run(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", authority.keyStore().toString(), "-storepass",
                KEY_STORE_PASSWORD, "-infile", request.toString(), "-outfile", certificate.toString(), "-validity",
                "30", "-ext", "SAN=" + String.join(",", names), "-ext", "EKU=serverAuth", "-ext",
                "KU=digitalSignature"));
        KeyStore store = KeyStore.getInstance(keyStore.toFile(), KEY_STORE_PASSWORD.toCharArray());
        Key key = store.getKey("server", KEY_STORE_PASSWORD.toCharArray());
        if (!(key instanceof PrivateKey)) {
            throw new AssertionError("keytool made no private key in " + keyStore);
        }
        Path privateKey = folder.resolve(name + ".key");
        Files.writeString(privateKey, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
        return new ServerCertificate(certificate, privateKey);
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
