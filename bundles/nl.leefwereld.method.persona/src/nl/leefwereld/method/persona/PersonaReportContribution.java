// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.persona;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.leefwereld.method.persona.PersonaAnalysis.ClientSet;
import nl.leefwereld.method.persona.PersonaReport.Persona;
import nl.leefwereld.method.persona.PersonaReport.PersonaQuote;
import nl.leefwereld.method.persona.RepresentativenessReport.AttributeCheck;
import nl.leefwereld.method.persona.RepresentativenessReport.CategoryCheck;
import nl.leefwereld.report.ReportBuilder;
import nl.leefwereld.report.ReportContribution;
import nl.leefwereld.report.ReportDocument;
import nl.leefwereld.report.ReportDocument.Item;
import nl.leefwereld.report.ReportDocument.Tone;
import nl.leefwereld.report.ReportException;
import nl.leefwereld.report.ReportInput;
import nl.leefwereld.report.chart.Charts;

/**
 * The persona report of all clients ({@code leefwereld report persona all [--population <csv>]}): the
 * representativeness table against the population (when a table is given), then each persona with what distinguishes
 * it and quotes, and the groups too small for a persona. Clients by pseudonym only.
 */
public class PersonaReportContribution implements ReportContribution {

    /** The option naming the population table (CSV). */
    public static final String POPULATION = "population"; //$NON-NLS-1$

    @Override
    public ReportDocument build(ReportInput input, IProgressMonitor monitor) throws ReportException {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        Path folder = Path.of(input.store().location());
        if (!Files.isDirectory(folder)) {
            throw new ReportException(Messages.Report_noKey);
        }
        PersonaReport report;
        try {
            PopulationTable population = input.option(POPULATION) == null ? null
                    : PopulationTable.read(Path.of(input.option(POPULATION)));
            PersonaInput clients = PersonaAnalysis.load(input.store(), PersonaAnalysis.key(folder), ClientSet.ALL, sub.split(3));
            report = PersonaAnalysis.build(clients, ClientSet.ALL, population, false, PersonaBuilder.Settings.defaults(),
                    sub.split(7));
        } catch (DataFileException | IOException e) {
            throw new ReportException(e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReportException(NLS.bind(Messages.Report_cannotBuild, e.getMessage()), e);
        }
        ReportBuilder r = new ReportBuilder(NLS.bind(Messages.Report_title, ClientSet.ALL.label()));
        r.note(Messages.Report_purpose);
        r.heading(Messages.Report_representativeness);
        RepresentativenessReport check = report.representativeness();
        if (check == null) {
            r.paragraph(Messages.Report_noPopulation);
        } else {
            r.paragraph(Messages.bind(Messages.Output_representativenessHeader,
                    new Object[] { check.set(), Integer.valueOf(check.clients()), check.population() }));
            List<List<String>> rows = new ArrayList<>();
            List<Tone> tones = new ArrayList<>();
            for (AttributeCheck a : check.attributes()) {
                for (CategoryCheck c : a.categories()) {
                    rows.add(List.of(a.attribute(), c.category(), Integer.toString(c.count()), Format.percent(c.share()),
                            Format.percent(c.populationShare()), c.status().label()));
                    tones.add(switch (c.status()) {
                    case OK -> Tone.NORMAL;
                    case OVER -> Tone.FAIR;
                    case UNDER, ABSENT -> Tone.POOR;
                    });
                }
            }
            r.table(List.of(Messages.Report_attribute, Messages.Report_category, Messages.Report_clients, Messages.Report_share,
                    Messages.Report_population, Messages.Report_status), rows, tones);
            for (String w : check.warnings()) {
                r.paragraph(Messages.Output_warning + ' ' + w);
            }
            if (!check.skewed()) {
                r.paragraph(Messages.bind(Messages.Representativeness_fine, check.set(), check.population()));
            }
        }
        r.heading(Messages.Report_personas);
        r.paragraph(Messages.bind(Messages.Output_header, new Object[] { Integer.valueOf(report.personas().size()),
                Integer.valueOf(report.clients()), Format.number(report.silhouette()), Long.valueOf(report.seed()) }));
        r.note(PersonaOutput.modelLine(report) + (report.automaticK() ? ' ' + PersonaOutput.kLine(report) : "")); //$NON-NLS-1$
        List<String> labels = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (Persona p : report.personas()) {
            labels.add(p.number() + ". " + p.title()); //$NON-NLS-1$
            shares.add(Double.valueOf(Math.round(p.share() * 1000) / 10.0));
        }
        if (!labels.isEmpty()) {
            r.picture(Charts.bars(Messages.Report_chart, labels, shares));
        }
        for (Persona p : report.personas()) {
            r.subheading(Messages.bind(p.small() ? Messages.Output_smallPersona : Messages.Output_persona,
                    new Object[] { Integer.valueOf(p.number()), p.title(), Integer.valueOf(p.size()), Format.percent(p.share()) }));
            r.paragraph(Messages.Report_traits);
            r.items(p.traits().isEmpty() ? List.of(new Item("", Messages.Persona_noDistinction)) //$NON-NLS-1$
                    : p.traits().stream().map(t -> new Item("", t.text())).toList()); //$NON-NLS-1$
            if (!p.quotes().isEmpty()) {
                r.paragraph(Messages.Report_quotes);
                for (PersonaQuote q : p.quotes()) {
                    r.quote(q.clientKey(), '\u201C' + q.text() + '\u201D', q.reason());
                }
            }
        }
        if (!report.minorities().isEmpty()) {
            r.heading(Messages.Report_minorities);
            r.items(report.minorities().stream().map(g -> new Item("", g.description())).toList()); //$NON-NLS-1$
        }
        return r.source(PersonaMethod.METHOD_ID).build();
    }
}
