/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the shared sample data (the repository's {@code testdata/}, a copy of {@code shared/data}
 * beside the checkout) and the connector contract fixtures
 * ({@code bundles/org.parley.connectors.tests/contract}), wherever the test runs.
 */
public final class TestData {

    private TestData() {
    }

    /** A file of the shared sample data. */
    public static Path file(String relative) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            for (String root : List.of("testdata", "shared/data")) {
                Path candidate = dir.resolve(root).resolve(relative);
                if (Files.exists(candidate)) {
                    return candidate;
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("testdata/" + relative + " is not in the checkout");
    }

    /** A file of the contract fixtures one connector gives the shared contract test. */
    public static Path contractFixture(String connector, String name) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("bundles/org.parley.connectors.tests/contract/" + connector)
                    .resolve(name.strip());
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("contract fixture " + connector + "/" + name + " not found above "
                + System.getProperty("user.dir"));
    }
}
