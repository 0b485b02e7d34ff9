// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.search.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

@Suite
@SelectClasses({ DutchStemmingTest.class, SearchIndexTest.class, IndexLifecycleTest.class, SearchCliTest.class,
        // a team server: each professional's index holds what PostgreSQL lets them see (row-level security)
        TeamSearchPostgresTest.class })
public class AllSearchTests {
}
