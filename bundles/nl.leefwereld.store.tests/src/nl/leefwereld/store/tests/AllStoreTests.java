// SPDX-License-Identifier: EPL-2.0
package nl.leefwereld.store.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

import nl.leefwereld.store.internal.AuditChainForgeryTest;
import nl.leefwereld.store.internal.ParallelClientSaveTest;
import nl.leefwereld.store.internal.StatementCacheTest;
import nl.leefwereld.store.internal.TeamWorkloadBenchmark;

@Suite
@SelectClasses({ RoundTripTest.class, MemoStoreTest.class, SchemaTest.class, FailedSaveTest.class, ExtensionObjectTest.class,
        OpenErrorsTest.class, SecondProcessTest.class, BenchmarkTest.class, EncryptionTest.class,
        ErasureTest.class, AuditTest.class, BackupRestoreTest.class, RetentionTest.class, ConflictTest.class,
        CrashSafetyTest.class, MoveConversationTest.class, ErasureOnDiskTest.class, VerifiedRestoreTest.class, OwnerOnlyFilesTest.class, BatchCrashTest.class, ValueLengthTest.class, IncrementalSaveTest.class, CodebookStoreTest.class,
        // the same store tests against a real PostgreSQL (issue #20)
        RoundTripPostgresTest.class, SchemaPostgresTest.class, FailedSavePostgresTest.class, ExtensionObjectPostgresTest.class, AuditPostgresTest.class, RetentionPostgresTest.class, ErasurePostgresTest.class, MoveConversationPostgresTest.class, IncrementalSavePostgresTest.class, ValueLengthPostgresTest.class, ConflictPostgresTest.class, CaseloadPostgresTest.class, TwoConnectionsPostgresTest.class, ServerAddressPostgresTest.class, MemoStorePostgresTest.class, CodebookStorePostgresTest.class, AuditChainPostgresTest.class, TlsPostgresTest.class,
        DialectTest.class, DialectPostgresTest.class, AuditChainTest.class, AuditChainForgeryTest.class,
        ParallelClientSaveTest.class, StatementCacheTest.class,
        ReadAllConversationsTest.class, ReadAllConversationsPostgresTest.class,
        // professionals saving at once on PostgreSQL and Derby's network server, small scale (issue #20)
        TeamWorkloadBenchmark.class })
public class AllStoreTests {
}
