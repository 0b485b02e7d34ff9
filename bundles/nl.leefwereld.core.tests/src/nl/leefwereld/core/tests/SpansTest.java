// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;

import nl.leefwereld.core.commands.ConversationCommands;
import nl.leefwereld.core.commands.MemoCommands;
import nl.leefwereld.core.commands.Spans;
import nl.leefwereld.core.commands.Spans.Shifted;
import nl.leefwereld.core.io.TranscriptParser;
import nl.leefwereld.model.Annotation;
import nl.leefwereld.model.Conversation;
import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Utterance;

/** The rule that moves coded spans when an utterance's text is edited. */
public class SpansTest {

    private static final String TEXT = "Ik wil stoppen met drinken, echt waar.";

    private static String under(String text, Shifted s) {
        return text.substring(s.start(), s.end());
    }

    @Test
    public void aSpanBeforeTheEditStaysAndOneAfterItShifts() {
        int start = TEXT.indexOf("stoppen");
        String after = TEXT.replace("echt waar", "echt, heel echt waar");
        Shifted s = Spans.shift(TEXT, after, start, start + 7);
        assertEquals(start, s.start());
        assertEquals("stoppen", under(after, s));
        String before = "Nou. " + TEXT;
        Shifted t = Spans.shift(TEXT, before, start, start + 7);
        assertEquals("stoppen", under(before, t));
        assertFalse(t.detached());
    }

    @Test
    public void aSpanAroundTheEditGrowsAndShrinksWithIt() {
        int start = TEXT.indexOf("stoppen");
        int end = TEXT.indexOf(',');
        String longer = TEXT.replace("met drinken", "met al dat drinken");
        assertEquals("stoppen met al dat drinken", under(longer, Spans.shift(TEXT, longer, start, end)));
        String shorter = TEXT.replace("met drinken", "met");
        assertEquals("stoppen met", under(shorter, Spans.shift(TEXT, shorter, start, end)));
    }

    @Test
    public void aTypoCorrectedAtTheSpanEdgesStaysInTheSpan() {
        String typo = "Ik wil sotppen met drinken.";
        int start = typo.indexOf("sotppen");
        String fixed = "Ik wil stoppen met drinken.";
        assertEquals("stoppen", under(fixed, Spans.shift(typo, fixed, start, start + 7)));
        String typoEnd = "Ik wil stoppne met drinken.";
        assertEquals("stoppen", under(fixed, Spans.shift(typoEnd, fixed, start, start + 7)));
        String capital = "Ik wil Stoppen met drinken.";
        assertEquals("Stoppen", under(capital, Spans.shift(fixed, capital, start, start + 7)));
    }

    @Test
    public void insertedTextAtABoundaryStaysOutside() {
        int start = TEXT.indexOf("stoppen");
        String inserted = TEXT.replace("stoppen", "echt stoppen");
        assertEquals("stoppen", under(inserted, Spans.shift(TEXT, inserted, start, start + 7)));
        String appended = TEXT.replace("stoppen", "stoppen nu");
        assertEquals("stoppen", under(appended, Spans.shift(TEXT, appended, start, start + 7)));
    }

    @Test
    public void aSpanWhoseTextIsDeletedIsKeptDetachedWhereItWas() {
        int start = TEXT.indexOf("stoppen");
        String deleted = TEXT.replace("stoppen met drinken", "");
        Shifted s = Spans.shift(TEXT, deleted, start, start + 7);
        assertTrue(s.detached());
        assertEquals(start, s.start());
        assertEquals(start, s.end());
        Shifted all = Spans.shift(TEXT, "", start, start + 7);
        assertTrue(all.detached());
        assertEquals(0, all.start());
        Shifted same = Spans.shift(TEXT, TEXT, start, start + 7);
        assertEquals(new Shifted(start, start + 7, false), same);
    }

    @Test
    public void editingTheTextMovesCodedSpansAndSpanMemosInOneUndoableStep() {
        Conversation c = new TranscriptParser().parse("""
                Klantmanager: Hoe gaat het?
                Sanne: Ik wil stoppen met drinken, echt waar.
                """).conversation();
        Utterance u = c.getUtterances().get(1);
        int start = u.getText().indexOf("stoppen");
        Annotation coded = ConversationCommands.spanCode(u, start, start + 7, "free", "verandertaal", "Anne");
        Annotation whole = ConversationCommands.spanCode(u, -1, -1, "mi", "CT", "Anne");
        c.getAnnotations().add(coded);
        c.getAnnotations().add(whole);
        Memo memo = MemoCommands.on(MemoCommands.create(null, "Belangrijk", "Anne", new java.util.Date()), u,
                u.getText().indexOf("echt"), u.getText().indexOf("echt") + 4);
        c.getMemos().add(memo);

        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(ConversationCommands.set(u, ModelPackage.Literals.UTTERANCE__TEXT,
                "Nou, ik wil stoppen met drinken, echt waar."));
        assertEquals("stoppen", u.getText().substring(coded.getSpanStart(), coded.getSpanEnd()));
        assertEquals("echt", MemoCommands.spanText(memo));
        assertEquals(-1, whole.getSpanStart(), "a whole-utterance code stays whole");
        assertEquals(nl.leefwereld.core.commands.Messages.Command_setText, stack.getUndoCommand().getLabel());

        stack.execute(ConversationCommands.setText(u, "Nou, ik wil, echt waar."));
        assertTrue(coded.isSpanDetached(), "deleted text: kept with a warning");
        assertSame(c, coded.eContainer(), "never dropped");
        assertEquals("echt", MemoCommands.spanText(memo));
        stack.execute(ConversationCommands.setText(u, "Nou."));
        assertEquals(-1, memo.getSpanStart(), "a span memo whose text is gone stays on the utterance");
        assertSame(u, memo.getUtterance());

        stack.undo();
        stack.undo();
        assertFalse(coded.isSpanDetached());
        assertEquals("stoppen", u.getText().substring(coded.getSpanStart(), coded.getSpanEnd()));
        stack.undo();
        assertEquals(start, coded.getSpanStart());
        assertEquals("echt", MemoCommands.spanText(memo));
    }
}
