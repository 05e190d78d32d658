/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.channels.Capability;
import org.parley.channels.ChannelConnector;
import org.parley.channels.ConnectorSettings;
import org.parley.channels.ExternalIdReuse;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;
import org.parley.channels.SettingDescriptor;
import org.parley.ingest.IngestReport;
import org.parley.store.Store;
import org.parley.store.StoreFactory;
import org.parley.store.StoreSettings;

/**
 * What "same external id, other content" means, decided per connector: on an EDIT connector the
 * last occurrence wins (an edit); on a COLLISION connector both messages are kept and nothing
 * stored is overwritten, within a batch, across batches of one run and across runs; and messages
 * stored under a former id are moved to their new one instead of being stored twice.
 */
class CollisionPipelineTest {

    @TempDir
    Path workspace;

    private Store store;

    @BeforeEach
    void open() {
        store = Fixtures.service(StoreFactory.class).open(StoreSettings.embedded(workspace));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The bench connector's JSON lines, declared COLLISION, ids rewritten and former ids named. */
    private static ChannelConnector collision(UnaryOperator<String> newId, UnaryOperator<String> formerId) {
        BenchConnector lines = new BenchConnector("chat");
        return new ChannelConnector() {
            @Override
            public String id() {
                return "chat";
            }

            @Override
            public String displayName() {
                return "Log rows";
            }

            @Override
            public String description() {
                return "JSON lines whose ids a log system reuses";
            }

            @Override
            public Set<Capability> capabilities() {
                return Set.of(Capability.FILE_IMPORT);
            }

            @Override
            public List<SettingDescriptor> settings() {
                return List.of();
            }

            @Override
            public ExternalIdReuse externalIdReuse() {
                return ExternalIdReuse.COLLISION;
            }

            @Override
            public List<String> formerExternalIds(InboundMessage message) {
                String former = formerId.apply(message.externalId());
                return former == null ? List.of() : List.of(former);
            }

            @Override
            public void importFile(Path file, IngestContext context) throws IOException {
                lines.importFile(file, new Renaming(context, newId));
            }
        };
    }

    private IngestReport importFile(ChannelConnector connector, Path file) throws IOException {
        return new FileImport(store, connector, 0, ConnectorSettings.defaults(List.of()), key -> Optional.empty())
                .run(file, new NullProgressMonitor());
    }

    private String textOf(String externalId) {
        return store.interactions().find("chat", externalId).orElseThrow().getText();
    }

    private long count(String where) {
        return Fixtures.count(store, "SELECT COUNT(*) FROM INTERACTION WHERE " + where);
    }

    private static String line(String id, String author, String text) {
        return Fixtures.line(id, author, author, "2026-11-20T10:00:00Z", id, text);
    }

    @Test
    void twoDifferentMessagesUnderOneIdInOneBatchAreBothKeptAndTheFirstAgainIsADuplicate() throws Exception {
        Path file = Fixtures.write(workspace.resolve("reused.jsonl"), List.of(line("k-1", "ann@example.org",
                "The router is dead"), line("k-1", "bob@example.org", "Please cancel my contract"),
                line("k-1", "ann@example.org", "The router is dead"), line("k-2", "cy@example.org", "Thanks")));
        ChannelConnector connector = collision(UnaryOperator.identity(), id -> null);

        assertEquals(new IngestReport(3, 0, 1, 0), importFile(connector, file));
        assertEquals("The router is dead", textOf("k-1"), "the first keeps the id");
        assertEquals(1, count("EXTERNAL_ID LIKE 'k-1#%' AND CAST(BODY AS VARCHAR(100)) = "
                + "'Please cancel my contract'"), "the other is stored apart under a disambiguated id");
        assertEquals(new IngestReport(0, 0, 4, 0), importFile(connector, file), "again: all duplicates");
        assertEquals(3, store.interactions().count());
    }

    @Test
    void onAnEditConnectorTheSameFileMeansEditsAndTheLastOccurrenceWins() throws Exception {
        Path file = Fixtures.write(workspace.resolve("edited.jsonl"), List.of(line("k-1", "ann@example.org",
                "The router is dead"), line("k-1", "ann@example.org", "The router is dead (edited: fixed now)")));

        assertEquals(new IngestReport(1, 0, 1, 0), importFile(new BenchConnector("chat"), file));
        assertEquals("The router is dead (edited: fixed now)", textOf("k-1"));
    }

    @Test
    void aCollisionInALaterBatchOfTheRunOrInALaterRunOverwritesNothing() throws Exception {
        List<String> lines = new ArrayList<>(Fixtures.lines("c", 600));
        lines.set(550, line("c-10", "zoe@example.org", "Another contact under id c-10")); // batch 2, id of batch 1
        ChannelConnector connector = collision(UnaryOperator.identity(), id -> null);

        assertEquals(new IngestReport(600, 0, 0, 0),
                importFile(connector, Fixtures.write(workspace.resolve("a.jsonl"), lines)));
        assertEquals("Message number 10", textOf("c-10"));
        IngestReport later = importFile(connector, Fixtures.write(workspace.resolve("b.jsonl"),
                List.of(line("c-10", "yan@example.org", "A third contact under id c-10"))));
        assertEquals(new IngestReport(1, 0, 0, 0), later);
        assertEquals("Message number 10", textOf("c-10"));
        assertEquals(2, count("EXTERNAL_ID LIKE 'c-10#%'"));
    }

    @Test
    void messagesStoredUnderAFormerIdMoveToTheirNewIdAndAnotherMessageThereIsAdded() throws Exception {
        Path file = Fixtures.write(workspace.resolve("log.jsonl"), Fixtures.lines("m", 30));
        assertEquals(new IngestReport(30, 0, 0, 0), importFile(new BenchConnector("chat"), file), "as stored before");
        ChannelConnector renamed = collision(id -> "v2:" + id, id -> id.substring(3));
        IngestReport other = importFile(renamed, Fixtures.write(workspace.resolve("other.jsonl"),
                List.of(line("m-5", "new@example.org", "not the message stored as m-5"))));
        assertEquals(new IngestReport(1, 0, 0, 0), other, "another message under a former id is added");
        assertEquals("Message number 5", textOf("m-5"), "and the stored one is left as it is");

        assertEquals(new IngestReport(0, 0, 30, 0), importFile(renamed, file));
        assertEquals(30, count("EXTERNAL_ID LIKE 'v2:m-%' AND CAST(BODY AS VARCHAR(100)) LIKE 'Message number %'"),
                "every message moved to its new id (m-5 beside the other one, apart)");
        assertEquals(0, count("EXTERNAL_ID LIKE 'm-%'"));
        assertEquals(new IngestReport(0, 0, 30, 0), importFile(renamed, file), "and found there next time");
        assertEquals(31, store.interactions().count());
    }

    /** Hands messages on under another external id. */
    private record Renaming(IngestContext context, UnaryOperator<String> newId) implements IngestContext {
        @Override
        public ConnectorSettings settings() {
            return context.settings();
        }

        @Override
        public Optional<char[]> secret(String key) {
            return context.secret(key);
        }

        @Override
        public Optional<String> resumeFrom() {
            return context.resumeFrom();
        }

        @Override
        public void message(InboundMessage m) {
            context.message(new InboundMessage(m.channel(), newId.apply(m.externalId()), m.threadId(), m.parentId(),
                    m.direction(), m.author(), m.occurredAt(), m.subject(), m.text(), m.language(), m.link(),
                    m.tags(), m.reach(), m.raw(), m.rawType()));
        }

        @Override
        public void quarantine(QuarantineRecord record) {
            context.quarantine(record);
        }

        @Override
        public void checkpoint(String position) {
            context.checkpoint(position);
        }

        @Override
        public boolean isCanceled() {
            return context.isCanceled();
        }

        @Override
        public void progress(long done, long total) {
            context.progress(done, total);
        }
    }
}
