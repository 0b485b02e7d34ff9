package nl.leefwereld.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.derby.shared.api.DerbyModuleAPI;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.store.Stores;

/**
 * Team mode with a real Derby network server and two real network clients on loopback. Runs in a child JVM on a
 * plain class path, because derbynet/derbyclient are not (yet) in the OSGi runtime: their jars are taken from
 * beside the derby jar in the Maven repository.
 */
class TeamModeTest {

    @TempDir
    Path temp;

    @Test
    void twoClientsOnLoopbackTheSecondSaveConflictsAndNothingIsLost() throws Exception {
        Path db = temp.resolve("team");
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-Duser.language=en", "-Duser.country=US",
                "-Dderby.stream.error.file=" + temp.resolve("child-derby.log"), "-cp", classPath(),
                TeamModeMain.class.getName(), db.toString());
        Path out = temp.resolve("child.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("team mode process did not finish: " + Files.readString(out));
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("URL jdbc:derby://127.0.0.1:"), output);
        assertTrue(output.contains("JOHAN SEES 1"), output);
        assertTrue(output.contains("CONFLICT Conversation Welkomstgesprek"), output);
        assertTrue(output.contains("was changed by sanne at"), output);
        assertTrue(output.contains("TEXT Wat zou de eerste stap zijn om te gaan kijken?"), output);
        assertTrue(output.contains("RELOADED SAVE Ik bel de woningcorporatie morgen samen met u."), output);
        assertTrue(output.contains("AUDIT sanne CHANGE"), output);
        assertTrue(output.contains("AUDIT johan OPEN"), output);
        assertTrue(output.contains("AUDIT johan CHANGE"), output);
        assertTrue(output.contains("REFUSED The Leefwereld server jdbc:derby://127.0.0.1:"), output);
        assertTrue(output.contains("refused user johan: the user name or password is wrong."), output);
        assertTrue(output.contains("EMBEDDED The database in " + db.toAbsolutePath().normalize()
                + " is a team database"), output);
        assertTrue(output.contains("STOPPED The Leefwereld server"), output);
        assertTrue(output.contains("DONE"), output);
        assertTrue(Stores.isEncrypted(db));
    }

    private static String classPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        ClassLoader derby = DerbyModuleAPI.class.getClassLoader();
        Class<?> engine = Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", false, derby);
        for (Class<?> type : new Class<?>[] { DerbyModuleAPI.class, engine, URI.class, EObject.class,
                XMIResourceImpl.class, NLS.class, ModelPackage.class, Stores.class, TeamModeMain.class }) {
            entries.addAll(locations(type));
        }
        Path derbyJar = Path.of(engine.getProtectionDomain().getCodeSource().getLocation().toURI());
        // .../org/apache/derby/derby/<version>/derby-<version>.jar
        Path version = derbyJar.getParent();
        Path group = version.getParent().getParent();
        for (String artifact : new String[] { "derbynet", "derbyclient", "derbytools" }) {
            Path jar = group.resolve(artifact).resolve(version.getFileName())
                    .resolve(artifact + "-" + version.getFileName() + ".jar");
            assertTrue(Files.isRegularFile(jar), "missing " + jar + " (derby at " + derbyJar + ")");
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> locations(Class<?> type) throws Exception {
        List<String> result = new ArrayList<>();
        URL url = type.getProtectionDomain().getCodeSource().getLocation();
        Path path = Path.of(url.toURI());
        result.add(path.toString());
        if (Files.isDirectory(path)) {
            for (String output : new String[] { "bin", "target/classes", "target/test-classes" }) {
                if (Files.isDirectory(path.resolve(output))) {
                    result.add(path.resolve(output).toString());
                }
            }
        }
        return result;
    }
}
