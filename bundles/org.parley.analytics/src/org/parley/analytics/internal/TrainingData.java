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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.analytics.Aspect;

/**
 * Training examples from agents' corrections: the latest value of each corrected aspect of a
 * message.
 */
final class TrainingData {

    private TrainingData() {
    }

    static List<Example> fromCorrections(Connection connection) throws SQLException {
        Map<String, Example> latest = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT c.INTERACTION_ID, c.ASPECT, c.NEW_VALUE, "
                + "i.BODY FROM CLASSIFICATION_CORRECTION c JOIN INTERACTION i ON i.ID = c.INTERACTION_ID "
                + "ORDER BY c.ID");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String text = rs.getString(4);
                if (text == null || text.isBlank()) {
                    continue;
                }
                Aspect aspect = Aspect.valueOf(rs.getString(2).toUpperCase(Locale.ROOT));
                latest.put(rs.getLong(1) + "/" + aspect, new Example(text, aspect, rs.getString(3), true));
            }
        }
        return new ArrayList<>(latest.values());
    }
}
