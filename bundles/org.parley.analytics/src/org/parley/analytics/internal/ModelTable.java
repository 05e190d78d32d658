/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.analytics.Aspect;
import org.parley.analytics.TrainingReport;

/** Versions of the learned model in {@code CLASSIFIER_MODEL}; the newest decides what is used. */
final class ModelTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelTable() {
    }

    static int nextVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(VERSION) FROM CLASSIFIER_MODEL")) {
            return rs.next() ? rs.getInt(1) + 1 : 1;
        }
    }

    static void insert(Connection connection, LearnedModel model, TrainingReport report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CLASSIFIER_MODEL (VERSION, KIND, "
                + "TRAINED_AT, EXAMPLES, CORRECTIONS, HELD_OUT, REPORT, ACTIVE_ASPECTS, MODEL) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, model.version());
            insert.setString(2, LearnedModel.KIND);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setInt(4, report.examples());
            insert.setInt(5, report.corrections());
            insert.setInt(6, report.heldOut());
            insert.setString(7, ClassificationTable.cut(JSON.valueToTree(report).toString(), 2000));
            insert.setString(8, String.join(",", model.active().stream().map(Aspect::key).sorted().toList()));
            insert.setString(9, model.toJson().toString());
            insert.executeUpdate();
        }
    }

    /** The newest model when it is active for some aspect. */
    static Optional<LearnedModel> active(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT ACTIVE_ASPECTS, MODEL FROM CLASSIFIER_MODEL "
                        + "WHERE VERSION = (SELECT MAX(VERSION) FROM CLASSIFIER_MODEL)")) {
            if (!rs.next() || rs.getString(1).isBlank()) {
                return Optional.empty();
            }
            Set<Aspect> active = EnumSet.noneOf(Aspect.class);
            for (String key : rs.getString(1).split(",")) {
                active.add(Aspect.valueOf(key.toUpperCase(Locale.ROOT)));
            }
            return Optional.of(LearnedModel.fromJson(JSON.readTree(rs.getString(2)), active));
        } catch (IOException e) {
            throw new UncheckedIOException("The stored model cannot be read", e);
        }
    }
}
