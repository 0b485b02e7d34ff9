// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

import nl.leefwereld.ui.StartupTest;
import nl.leefwereld.ui.editor.OutlineLabelTest;
import nl.leefwereld.ui.editor.ReopenEditorsTest;
import nl.leefwereld.ui.editor.SaveConflictTest;
import nl.leefwereld.ui.help.HelpTest;
import nl.leefwereld.ui.editor.TranscriptLayoutTest;
import nl.leefwereld.ui.navigator.ImportAndMoveTest;
import nl.leefwereld.ui.privacy.AuditViewTest;
import nl.leefwereld.ui.privacy.RetentionViewTest;
import nl.leefwereld.ui.security.RememberPasswordTest;
import nl.leefwereld.ui.wizards.ImportExportMenuTest;
import nl.leefwereld.ui.wizards.NewClientAttributesTest;

@Suite
@SelectClasses({ StartupTest.class, OutlineLabelTest.class, WorkbenchTest.class, MenusTest.class, NewClientAttributesTest.class, MethodsTest.class, TeamServerTest.class,
        SeriesChartTest.class, SecurityTest.class, AuditViewTest.class, RetentionViewTest.class,
        SaveConflictTest.class, EditingTest.class, WindowMenuTest.class, RememberPasswordTest.class,
        ReopenEditorsTest.class, HelpTest.class, TranscriptLayoutTest.class, ImportAndMoveTest.class,
        ImportExportMenuTest.class, PerspectiveLayoutTest.class, nl.leefwereld.ui.memos.MemosViewTest.class,
        nl.leefwereld.ui.editor.SpanCodingTest.class, nl.leefwereld.ui.security.AuditWarningTest.class })
public class AllUiTests {
}
