// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Users, free ports, key stores made with the JDK's keytool, and a loopback relay that records the traffic. */
final class TeamSupport {

    static final String SANNE = "Sanne-wachtwoord-1";
    static final String JOHAN = "Johan-wachtwoord-2";
    static final String KEY_STORE_PASSWORD = "Sleutel-opslag-42";

    private TeamSupport() {
    }

    static Map<String, char[]> users() {
        Map<String, char[]> users = new LinkedHashMap<>();
        users.put("sanne", SANNE.toCharArray());
        users.put("johan", JOHAN.toCharArray());
        return users;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * A PKCS12 key store with one self-signed EC key for {@code CN=localhost}, made by the JDK's keytool.
     *
     * @param extra further keytool options, e.g. {@code -startdate -3d -validity 1} for an expired certificate
     */
    static Path keyStore(Path folder, String name, String... extra) throws Exception {
        Path file = folder.resolve(name);
        List<String> command = new ArrayList<>(List.of("-genkeypair", "-alias", "leefwereld", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost, O=Leefwereld test", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", KEY_STORE_PASSWORD, "-keypass", KEY_STORE_PASSWORD));
        command.addAll(List.of(extra.length == 0 ? new String[] { "-validity", "30" } : extra));
        keytool(command);
        return file;
    }

    /** A key store holding only the certificate of {@code keyStore} (what a client's trust store looks like). */
    static Path trustStore(Path keyStore, Path folder, String name) throws Exception {
        Path certificate = folder.resolve(name + ".cer");
        keytool(List.of("-exportcert", "-alias", "leefwereld", "-keystore", keyStore.toString(), "-storepass",
                KEY_STORE_PASSWORD, "-file", certificate.toString()));
        Path file = folder.resolve(name);
        keytool(List.of("-importcert", "-noprompt", "-alias", "server", "-file", certificate.toString(),
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", KEY_STORE_PASSWORD));
        return file;
    }

    private static void keytool(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("keytool " + arguments + " failed: " + output);
        }
    }

    /**
     * Forwards every connection on its own loopback port to {@code targetPort} and keeps a copy of all bytes in
     * both directions: what someone on the network between client and server would see.
     */
    static final class Relay implements AutoCloseable {

        private final ServerSocket listener;
        private final int targetPort;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private final List<Socket> sockets = new ArrayList<>();

        Relay(int targetPort) throws IOException {
            this.targetPort = targetPort;
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(this::acceptLoop, "relay-accept");
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        /** Everything that went through so far, both directions. */
        byte[] seen() {
            synchronized (seen) {
                return seen.toByteArray();
            }
        }

        boolean saw(String text) {
            byte[] needle = text.getBytes(StandardCharsets.UTF_8);
            byte[] haystack = seen();
            outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        private void acceptLoop() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    synchronized (sockets) {
                        sockets.add(client);
                        sockets.add(server);
                    }
                    pump(client.getInputStream(), server.getOutputStream());
                    pump(server.getInputStream(), client.getOutputStream());
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void pump(InputStream in, OutputStream out) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) >= 0;) {
                        synchronized (seen) {
                            seen.write(buffer, 0, n);
                        }
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException e) {
                    // one side closed
                } finally {
                    try {
                        out.close();
                    } catch (IOException e) {
                        // closed already
                    }
                }
            }, "relay-pump");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            synchronized (sockets) {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }
}
