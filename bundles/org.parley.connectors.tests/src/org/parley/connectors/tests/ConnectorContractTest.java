/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connectors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.SettingDescriptor;
import org.parley.ingest.IngestReport;
import org.parley.ingest.IngestService;
import org.parley.ingest.QuarantineService;
import org.parley.ingest.QuarantinedRecord;
import org.parley.ingest.Source;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * The contract every registered {@link ChannelConnector} keeps, run over each connector service in
 * the framework with its fixtures from {@code contract/<connector-id>/}: importing twice stores
 * each message once; bad records are quarantined with a reason while the rest is stored; a damaged
 * record in the middle of a file costs only itself (the records after it still arrive); a run
 * cancelled after its first checkpoint resumes to the exact count without duplicates. A connector
 * without fixtures fails, and so does one without a damaged file unless its fixtures say why not
 * ({@code damaged = none}, with a comment).
 */
class ConnectorContractTest {

    @TempDir
    Path temp;

    private final Bundle bundle = FrameworkUtil.getBundle(ConnectorContractTest.class);

    @TestFactory
    Stream<DynamicNode> everyRegisteredConnectorKeepsTheContract() throws IOException {
        List<ChannelConnector> connectors = Services.connectors();
        assertFalse(connectors.isEmpty(), "at least the example connector is registered");
        List<DynamicNode> nodes = new ArrayList<>();
        for (ChannelConnector connector : connectors) {
            nodes.add(dynamicContainer(connector.id() + ": " + connector.displayName(), tests(connector)));
        }
        return nodes.stream();
    }

    private Stream<DynamicNode> tests(ChannelConnector connector) throws IOException {
        Optional<Fixture> found = Fixture.of(bundle, connector.id());
        if (found.isEmpty()) {
            return Stream.of(dynamicTest("has contract fixtures", () -> {
                throw new AssertionError("No contract fixtures for the connector '" + connector.id()
                        + "': add contract/" + connector.id() + "/ (a good file, a file with bad records, "
                        + "expect.properties) to org.parley.connectors.tests and Require-Bundle its bundle");
            }));
        }
        Fixture fixture = found.get();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("describes itself", () -> describesItself(connector)));
        if (fixture.imports()) {
            assertTrue(connector.capabilities().contains(Capability.FILE_IMPORT),
                    connector.id() + " has import fixtures but no FILE_IMPORT capability");
            tests.add(dynamicTest("importing a file twice stores each message once", () -> importTwice(fixture)));
            tests.add(dynamicTest("bad records are quarantined and the rest is stored", () -> quarantines(fixture)));
            tests.add(dynamicTest("a cancelled import resumes to the exact count", () -> resumes(fixture)));
            if (!fixture.declinesDamage()) {
                tests.add(dynamicTest("a damaged record costs only itself: the records after it arrive",
                        () -> damaged(fixture)));
            }
        }
        return tests.stream();
    }

    private static void describesItself(ChannelConnector connector) {
        assertTrue(connector.id().matches("[a-z][a-z0-9-]*"), "id is lower case: " + connector.id());
        assertFalse(connector.displayName().isBlank(), "display name");
        assertFalse(connector.description().isBlank(), "description");
        assertFalse(connector.capabilities().isEmpty(), "capabilities");
        assertFalse(connector.channels().isEmpty(), "channels");
        var keys = new HashSet<String>();
        for (SettingDescriptor setting : connector.settings()) {
            assertTrue(keys.add(setting.key()), "setting keys are unique: " + setting.key());
            if (setting.secret()) {
                assertEquals(null, setting.defaultValue(), "a secret has no default: " + setting.key());
            }
        }
    }

    private void importTwice(Fixture fixture) throws Exception {
        try (Store store = newStore(fixture, "twice")) {
            Path file = fixture.copy(bundle, "good.file",
                    Files.createDirectories(temp.resolve(fixture.connectorId() + "-twice-files")));
            long expected = fixture.count("good.messages");
            IngestReport first = importFile(store, fixture, file, null);
            assertEquals(new IngestReport(expected, 0, 0, 0), first, "first import of the good file");
            IngestReport second = importFile(store, fixture, file, null);
            assertEquals(new IngestReport(0, 0, expected, 0), second, "the same file again is all duplicates");
            assertEquals(expected, store.interactions().count());
        }
    }

    private void quarantines(Fixture fixture) throws Exception {
        try (Store store = newStore(fixture, "bad")) {
            Path file = fixture.copy(bundle, "bad.file",
                    Files.createDirectories(temp.resolve(fixture.connectorId() + "-bad-files")));
            IngestReport report = importFile(store, fixture, file, null);
            long messages = fixture.count("bad.messages");
            long quarantined = fixture.count("bad.quarantined");
            assertTrue(quarantined > 0, "the bad file has at least one bad record");
            assertEquals(new IngestReport(messages, 0, 0, quarantined), report);
            assertEquals(messages, store.interactions().count(), "the good records of the bad file are stored");
            List<QuarantinedRecord> open = Services.get(QuarantineService.class).list(store,
                    QuarantinedRecord.Status.OPEN);
            assertEquals(quarantined, open.size());
            for (QuarantinedRecord record : open) {
                assertFalse(record.reason().isBlank(), "a quarantined record says why");
                assertFalse(record.position().isBlank(), "a quarantined record says where");
                assertTrue(record.origin().endsWith(file.getFileName().toString()), record.origin());
            }
        }
    }

    private void damaged(Fixture fixture) throws Exception {
        try (Store store = newStore(fixture, "damaged")) {
            Path good = fixture.copy(bundle, "good.file",
                    Files.createDirectories(temp.resolve(fixture.connectorId() + "-undamaged-files")));
            Path file = fixture.copy(bundle, "damaged.file",
                    Files.createDirectories(temp.resolve(fixture.connectorId() + "-damaged-files")));
            long messages = fixture.count("damaged.messages");
            long quarantined = fixture.count("damaged.quarantined");
            assertTrue(messages < fixture.count("good.messages"), "the damaged file is the good one with damage");
            IngestReport report = importFile(store, fixture, file, null);
            assertEquals(new IngestReport(messages, 0, 0, quarantined), report,
                    "every record but the damaged one(s), each quarantined on its own");
            List<QuarantinedRecord> open = Services.get(QuarantineService.class).list(store,
                    QuarantinedRecord.Status.OPEN);
            assertEquals(quarantined, open.size());
            for (QuarantinedRecord record : open) {
                assertFalse(record.position().isBlank(), "a damaged record says where it is");
                assertTrue(Services.get(QuarantineService.class).get(store, record.id()).orElseThrow()
                        .raw().length > 0, "with its bytes");
            }
            IngestReport undamaged = importFile(store, fixture, good, null);
            assertEquals(fixture.count("good.messages") - messages, undamaged.added(),
                    "the undamaged file adds back exactly the damaged records: the ones after the damage "
                            + "had arrived already");
        }
    }

    private void resumes(Fixture fixture) throws Exception {
        try (Store store = newStore(fixture, "resume")) {
            Path file = fixture.copy(bundle, "good.file",
                    Files.createDirectories(temp.resolve(fixture.connectorId() + "-resume-files")));
            long expected = fixture.count("good.messages");
            IProgressMonitor cancelAfterFirstCheckpoint = new NullProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    return super.isCanceled() || checkpoints(store) > 0;
                }
            };
            IngestReport first = importFile(store, fixture, file, cancelAfterFirstCheckpoint);
            assertTrue(first.added() > 0 && first.added() < expected,
                    "the run stopped after its first checkpoint, part way through: " + first);
            IngestReport second = importFile(store, fixture, file, null);
            assertEquals(0, second.duplicates(), "the resumed run starts after the checkpoint");
            assertEquals(expected, first.added() + second.added());
            assertEquals(expected, store.interactions().count());
        }
    }

    private static long checkpoints(Store store) {
        return store.query(c -> {
            try (var statement = c.createStatement();
                    var rs = statement.executeQuery("SELECT COUNT(*) FROM INGEST_CHECKPOINT")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static IngestReport importFile(Store store, Fixture fixture, Path file, IProgressMonitor monitor)
            throws IOException {
        IngestService ingest = Services.get(IngestService.class);
        if (fixture.settings().isEmpty()) {
            return ingest.importPath(store, fixture.connectorId(), file, monitor);
        }
        Source source = ingest.sources(store).stream().filter(s -> s.connectorId().equals(fixture.connectorId()))
                .findFirst().orElseGet(() -> ingest.save(store,
                        Source.of(fixture.connectorId(), "contract", fixture.settings(), null)));
        return ingest.importPath(store, source.id(), file, monitor);
    }

    private Store newStore(Fixture fixture, String name) throws IOException {
        Path workspace = temp.resolve(fixture.connectorId() + "-" + name + "-workspace");
        return Services.get(StoreFactory.class).open(StoreSettings.embedded(Files.createDirectories(workspace)));
    }
}
