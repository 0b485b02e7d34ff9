// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import nl.leefwereld.model.Client;
import nl.leefwereld.model.ClientAttribute;
import nl.leefwereld.model.ModelFactory;
import nl.leefwereld.store.ConversationStore;

/**
 * Imports a table of client attributes, for organisations with many clients: a CSV file (UTF-8, comma or
 * semicolon) whose header row names the attributes and whose first column holds the client's pseudonym (or id).
 * A row for a known client (same pseudonym, or same id) updates its attributes (an empty cell leaves an attribute
 * as it is); a row for an unknown pseudonym creates a client with that pseudonym and no display name. The whole
 * file is checked before anything is stored: on any problem (named with file and line) nothing is stored.
 */
public final class ClientAttributeImport {

    /** One row of the file. */
    public record Row(long line, String key, Map<String, String> values) {
    }

    /** The checked file, ready to store. */
    public record Plan(String file, List<String> attributes, List<Row> rows) {
    }

    /** What was stored. */
    public record Outcome(int created, int updated, int attributes) {
    }

    private ClientAttributeImport() {
    }

    public static Plan read(Path file) throws DataFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(CsvFiles.read(file), name);
    }

    /** Checks the whole text; throws with file and line on the first problem. */
    public static Plan parse(String text, String name) throws DataFileException {
        List<String> attributes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CSVParser parser = CsvFiles.format(text).parse(new StringReader(text))) {
            boolean header = true;
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (r.size() < 2) {
                        throw new DataFileException(Messages.bind(Messages.Import_header, name));
                    }
                    Map<String, Integer> names = new HashMap<>();
                    for (int c = 1; c < r.size(); c++) {
                        String a = r.get(c).strip();
                        if (a.isEmpty()) {
                            throw new DataFileException(Messages.bind(Messages.Import_emptyName, name,
                                    Integer.valueOf(c + 1)));
                        }
                        Integer before = names.put(a.toLowerCase(Locale.ROOT), Integer.valueOf(c + 1));
                        if (before != null) {
                            throw new DataFileException(Messages.bind(Messages.Import_duplicateName,
                                    new Object[] { name, a, before, Integer.valueOf(c + 1) }));
                        }
                        attributes.add(a);
                    }
                    continue;
                }
                if (r.size() != attributes.size() + 1) {
                    throw new DataFileException(Messages.bind(Messages.Csv_columns, new Object[] { name,
                            Long.valueOf(line), Integer.valueOf(attributes.size() + 1), Integer.valueOf(r.size()) }));
                }
                String key = r.get(0).strip();
                if (key.isEmpty()) {
                    throw new DataFileException(Messages.bind(Messages.Import_emptyKey, name, Long.valueOf(line)));
                }
                Long before = seen.put(key.toLowerCase(Locale.ROOT), Long.valueOf(line));
                if (before != null) {
                    throw new DataFileException(Messages.bind(Messages.Import_duplicateKey,
                            new Object[] { name, Long.valueOf(line), key, before }));
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < attributes.size(); c++) {
                    String v = r.get(c + 1).strip();
                    if (v.length() > 1000) {
                        throw new DataFileException(Messages.bind(Messages.Import_valueTooLong,
                                new Object[] { name, Long.valueOf(line), attributes.get(c) }));
                    }
                    if (!v.isEmpty()) {
                        values.put(attributes.get(c), v);
                    }
                }
                rows.add(new Row(line, key, values));
            }
            if (header) {
                throw new DataFileException(Messages.bind(Messages.Import_header, name));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DataFileException(Messages.bind(Messages.Csv_malformed, name, e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new DataFileException(Messages.bind(Messages.Import_noRows, name));
        }
        return new Plan(name, List.copyOf(attributes), List.copyOf(rows));
    }

    /**
     * Stores a checked plan: creates or updates the clients, all in one transaction (see
     * {@link ConversationStore#saveClients(List)}); all checks are done before it.
     */
    public static Outcome apply(Plan plan, ConversationStore store, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, plan.rows().size() + 1);
        Map<String, Client> byKey = new HashMap<>();
        List<Client> clients = store.listClients();
        for (Client c : clients) {
            if (c.getId() != null) {
                byKey.putIfAbsent(c.getId().toLowerCase(Locale.ROOT), c);
            }
        }
        for (Client c : clients) {
            if (c.getPseudonym() != null && !c.getPseudonym().isBlank()) {
                byKey.put(c.getPseudonym().strip().toLowerCase(Locale.ROOT), c);
            }
        }
        sub.worked(1);
        List<Client> toSave = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int values = 0;
        for (Row row : plan.rows()) {
            Client client = byKey.get(row.key().toLowerCase(Locale.ROOT));
            if (client == null) {
                client = ModelFactory.eINSTANCE.createClient();
                client.setId(UUID.randomUUID().toString());
                client.setPseudonym(row.key());
                created++;
                // a new client has only the file's attributes, whose names the check made unique: no lookup
                List<ClientAttribute> added = new ArrayList<>(row.values().size());
                for (Map.Entry<String, String> e : row.values().entrySet()) {
                    ClientAttribute a = ModelFactory.eINSTANCE.createClientAttribute();
                    a.setName(e.getKey());
                    a.setValue(e.getValue());
                    added.add(a);
                }
                client.getAttributes().addAll(added);
                values += added.size();
            } else {
                updated++;
                // the client's attributes by name (first of a name, as before), found once, not once per value
                Map<String, ClientAttribute> byName = new HashMap<>();
                for (ClientAttribute a : client.getAttributes()) {
                    if (a.getName() != null) {
                        byName.putIfAbsent(a.getName().strip().toLowerCase(Locale.ROOT), a);
                    }
                }
                for (Map.Entry<String, String> e : row.values().entrySet()) {
                    ClientAttribute existing = byName.get(e.getKey().toLowerCase(Locale.ROOT));
                    if (existing == null) {
                        existing = ModelFactory.eINSTANCE.createClientAttribute();
                        existing.setName(e.getKey());
                        client.getAttributes().add(existing);
                        byName.put(e.getKey().toLowerCase(Locale.ROOT), existing);
                    }
                    existing.setValue(e.getValue());
                    values++;
                }
            }
            toSave.add(client);
        }
        // one transaction for the whole file: all rows are stored or none, and tens of thousands take seconds
        store.saveClients(toSave);
        sub.worked(plan.rows().size());
        return new Outcome(created, updated, values);
    }
}
