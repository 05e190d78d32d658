/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store owns persistence: only {@code org.parley.store} knows tables, SQL, JDBC and JPA (the
 * model may carry JPA annotations). This reads every bundle's manifest and sources in the checkout,
 * so a bundle that starts talking to the database itself fails the build.
 */
class PersistenceBoundaryTest {

    /** Imports and references that mean "this code talks to the database itself". */
    private static final Pattern DATABASE_CODE = Pattern
            .compile(
                    "\\bjava\\.sql\\.|\\bjavax\\.sql\\.|\\bjakarta\\.persistence\\.|\\borg\\.eclipse\\.persistence\\.");
    /**
     * A string that starts an SQL statement (keywords in capitals, as all of Parley's SQL is written).
     */
    private static final Pattern SQL_TEXT = Pattern.compile("\"\\s*(SELECT\\s.+\\sFROM\\s|INSERT\\s+INTO\\s"
            + "|UPDATE\\s+[A-Z_]+\\s+SET\\s|DELETE\\s+FROM\\s|CREATE\\s+TABLE\\s)");
    private static final Pattern MANIFEST_DATABASE = Pattern
            .compile("java\\.sql|javax\\.sql|jakarta\\.persistence|org\\.eclipse\\.persistence|org\\.apache\\.derby"
                    + "|org\\.postgresql");

    /**
     * Code that still reaches the database on its own, to be moved into the store's repositories (issue
     * "One model, one persistence layer"). The list may only shrink: a file that no longer needs to be
     * here must leave it, and no file may join it.
     */
    static final Set<String> NOT_YET_IN_THE_STORE = Set.of(
            "org.parley.analytics/src/org/parley/analytics/internal/ClassificationTable.java",
            "org.parley.analytics/src/org/parley/analytics/internal/Corrections.java",
            "org.parley.analytics/src/org/parley/analytics/internal/ModelTable.java",
            "org.parley.analytics/src/org/parley/analytics/internal/StoredMessages.java",
            "org.parley.analytics/src/org/parley/analytics/internal/TopicSetTable.java",
            "org.parley.analytics/src/org/parley/analytics/internal/TrainingData.java",
            "org.parley.ingest/src/org/parley/ingest/internal/BatchWriter.java",
            "org.parley.ingest/src/org/parley/ingest/internal/BenchIngestCommand.java",
            "org.parley.ingest/src/org/parley/ingest/internal/Checkpoints.java",
            "org.parley.ingest/src/org/parley/ingest/internal/Collisions.java",
            "org.parley.ingest/src/org/parley/ingest/internal/Conversations.java",
            "org.parley.ingest/src/org/parley/ingest/internal/Identities.java",
            "org.parley.ingest/src/org/parley/ingest/internal/QuarantineTable.java",
            "org.parley.ingest/src/org/parley/ingest/internal/SourceTable.java",
            "org.parley.ingest/src/org/parley/ingest/internal/Sql.java",
            "org.parley.ingest/META-INF/MANIFEST.MF",
            "org.parley.journey.board/src/org/parley/journey/board/InteractionLines.java",
            "org.parley.journey/src/org/parley/journey/internal/Match.java",
            "org.parley.journey/src/org/parley/journey/internal/SqlTouchpointFigures.java",
            "org.parley.routing/src/org/parley/routing/internal/AssignmentTable.java",
            "org.parley.routing/src/org/parley/routing/internal/ConfigTable.java",
            "org.parley.routing/src/org/parley/routing/internal/MessageQuery.java",
            "org.parley.routing/src/org/parley/routing/internal/QueueQuery.java");

    @Test
    void onlyTheStoreTalksToTheDatabase() throws IOException {
        Set<String> offenders = offenders(checkout());
        Set<String> newOnes = new TreeSet<>(offenders);
        newOnes.removeAll(NOT_YET_IN_THE_STORE);
        assertTrue(newOnes.isEmpty(), "These files use JDBC, JPA or SQL outside org.parley.store; add a"
                + " repository method to the store instead: " + newOnes);
        Set<String> moved = new TreeSet<>(NOT_YET_IN_THE_STORE);
        moved.removeAll(offenders);
        assertTrue(moved.isEmpty(), "These files no longer reach the database: take them off"
                + " NOT_YET_IN_THE_STORE so the list keeps shrinking: " + moved);
    }

    @Test
    void aBundleOutsideTheStoreThatImportsJavaSqlIsCaught(@TempDir Path bundles) throws IOException {
        write(bundles.resolve("org.parley.store/src/org/parley/store/internal/Rows.java"),
                "import java.sql.Connection;\nclass Rows { String sql = \"SELECT ID FROM INTERACTION\"; }");
        write(bundles.resolve("org.parley.model/src/org/parley/model/Thing.java"),
                "import jakarta.persistence.Entity;\n@Entity class Thing {}");
        write(bundles.resolve("org.parley.inbox/src/org/parley/inbox/Replies.java"),
                "import java.sql.PreparedStatement;\nclass Replies {}");
        write(bundles.resolve("org.parley.inbox/META-INF/MANIFEST.MF"), "Import-Package: java.sql\n");
        write(bundles.resolve("org.parley.canvas/src/org/parley/canvas/Notes.java"),
                "class Notes { String q = \"DELETE FROM CANVAS_ITEM WHERE ID = ?\"; }");
        write(bundles.resolve("org.parley.inbox.tests/src/T.java"), "import java.sql.Connection;");

        assertEquals(
                Set.of("org.parley.inbox/src/org/parley/inbox/Replies.java", "org.parley.inbox/META-INF/MANIFEST.MF",
                        "org.parley.canvas/src/org/parley/canvas/Notes.java"),
                offenders(bundles));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theCheckFindsDatabaseCodeWhereverItIs() {
        assertTrue(DATABASE_CODE.matcher("import java.sql.Connection;").find());
        assertTrue(DATABASE_CODE.matcher("import jakarta.persistence.EntityManager;").find());
        assertTrue(SQL_TEXT.matcher("String sql = \"SELECT ID FROM INTERACTION WHERE X = ?\";").find());
        assertTrue(SQL_TEXT.matcher("run(\"DELETE FROM ROUTING_ASSIGNMENT\")").find());
        assertTrue(MANIFEST_DATABASE.matcher("Import-Package: java.sql,\n org.parley.store").find());
        assertEquals(false, SQL_TEXT.matcher("text(\"Select a journey from the list\")").find(),
                "ordinary words are not SQL");
    }

    static Set<String> offenders(Path bundles) throws IOException {
        Set<String> offenders = new TreeSet<>();
        try (Stream<Path> folders = Files.list(bundles)) {
            for (Path bundle : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = bundle.getFileName().toString();
                if (name.equals("org.parley.store") || name.endsWith(".tests") || name.equals("org.parley.testing")) {
                    continue;
                }
                boolean model = name.equals("org.parley.model");
                Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
                if (!model && Files.exists(manifest) && MANIFEST_DATABASE.matcher(Files.readString(manifest)).find()) {
                    offenders.add(name + "/META-INF/MANIFEST.MF");
                }
                for (Path source : sources(bundle.resolve("src"))) {
                    String text = Files.readString(source);
                    boolean database = !model && DATABASE_CODE.matcher(text).find();
                    if (database || SQL_TEXT.matcher(text).find()) {
                        offenders.add(bundles.relativize(source).toString().replace('\\', '/'));
                    }
                }
            }
        }
        return offenders;
    }

    private static List<Path> sources(Path src) {
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout's bundles folder, found upwards from where the test runs. */
    static Path checkout() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path bundles = dir.resolve("bundles");
            if (Files.isDirectory(bundles.resolve("org.parley.store"))) {
                return bundles;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No bundles/org.parley.store above " + System.getProperty("user.dir"));
    }
}
