// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.stress.ui;

import java.nio.file.Path;
import java.text.DecimalFormat;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import nl.leefwereld.method.stress.LetterCheck;
import nl.leefwereld.method.stress.Readability;
import nl.leefwereld.method.stress.StressLanguage;

/**
 * Paste a letter or another text for a client and see what adds stress (demands, sanctions, deadlines, jargon, long
 * sentences, many steps), each with its line, reason and a plainer alternative, and the readability figures. The same
 * check runs on the command line: {@code leefwereld stress letter <file>}.
 */
public class LetterCheckView extends ViewPart {

    public static final String ID = "nl.leefwereld.method.stress.ui.letter"; //$NON-NLS-1$

    private Composite root;
    private Text input;
    private Label figures;
    private Table flags;
    private LetterCheck.Report report;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
        Label hint = new Label(root, SWT.WRAP);
        hint.setText(Messages.Letter_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);

        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        input = new Text(sash, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
        input.addModifyListener(e -> input.getDisplay().timerExec(400, this::check));

        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bottom);
        Button checkButton = new Button(bottom, SWT.PUSH);
        checkButton.setText(Messages.Letter_check);
        checkButton.addListener(SWT.Selection, e -> check());
        Button open = new Button(bottom, SWT.PUSH);
        open.setText(Messages.Letter_open);
        open.addListener(SWT.Selection, e -> openFile());
        figures = new Label(bottom, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(figures);

        flags = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        flags.setHeaderVisible(true);
        flags.setLinesVisible(true);
        String[] headers = { Messages.Letter_columnLine, Messages.Letter_columnKind, Messages.Letter_columnText, Messages.Letter_columnReason,
                Messages.Letter_columnAlternative };
        int[] widths = { 50, 160, 220, 380, 320 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(flags, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        flags.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof StressLanguage.Flag f) {
                input.setSelection(f.start(), f.end());
            }
        });
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(flags);
        sash.setWeights(2, 3);
        check();
    }

    private void openFile() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.txt", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            setText(LetterCheck.read(Path.of(file)));
        } catch (LetterCheck.LetterException e) {
            MessageDialog.openError(root.getShell(), Messages.Letter_openError, e.getMessage());
        }
    }

    /** Puts a text in the view and checks it at once. */
    public void setText(String text) {
        input.setText(text == null ? "" : text); //$NON-NLS-1$
        check();
    }

    /** Checks the text in the view. */
    public void check() {
        if (root == null || root.isDisposed()) {
            return;
        }
        String text = input.getText().replace("\r\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (report != null && report.text().equals(text)) {
            return;
        }
        report = LetterCheck.check(text);
        flags.removeAll();
        for (StressLanguage.Flag f : report.flags()) {
            TableItem item = new TableItem(flags, SWT.NONE);
            item.setText(new String[] { String.valueOf(f.line()), f.kind().label(), f.text().replace('\n', ' '), f.reason(),
                    f.alternative() == null ? "" : f.alternative() }); //$NON-NLS-1$
            item.setData(f);
        }
        Readability r = report.readability();
        DecimalFormat n = new DecimalFormat("0.0"); //$NON-NLS-1$
        figures.setText(r.words() == 0 ? Messages.Letter_empty
                : NLS.bind(Messages.Letter_figures, new Object[] { Integer.valueOf(report.flags().size()), Integer.valueOf(r.sentences()),
                        n.format(r.averageSentenceLength()), n.format(r.longWordShare() * 100), n.format(r.fleschDouma()), r.level() }));
        root.layout(true, true);
    }

    public LetterCheck.Report getReport() {
        return report;
    }

    Table getFlagsTable() {
        return flags;
    }

    String getFiguresText() {
        return figures.getText();
    }

    @Override
    public void setFocus() {
        input.setFocus();
    }
}
