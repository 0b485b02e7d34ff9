// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.ui;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ RelationViewsTest.class })
public class AllRelationUiTests {
}
