// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.method.relation.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ GeneratedCodeInSyncTest.class, RelationMethodTest.class, DerivationTest.class, ConversationTypesTest.class, TrajectoryStoreTest.class,
        RelationCliTest.class, LabelledSetTest.class, RelationCommandsTest.class, RelationLearningTest.class,
        RelationModelSuggestionTest.class })
public class AllRelationMethodTests {
}
