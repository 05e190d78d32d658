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

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.parley.example.connector.GuestbookConnector;
import org.parley.ingest.SecretStore;
import org.parley.ingest.internal.DefaultIngestService;
import org.parley.store.Store;
import org.parley.store.StoreSettings;
import org.parley.store.internal.JpaStoreFactory;

/**
 * The child JVM of {@link CrashTest}, run on a plain class path: imports a guestbook file into a
 * workspace and prints a line after each committed batch, until the parent kills it.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Path file = Path.of(args[1]);
        DefaultIngestService ingest = new DefaultIngestService(new NoSecrets());
        ingest.addConnector(new GuestbookConnector());
        try (Store store = new JpaStoreFactory().open(StoreSettings.embedded(workspace))) {
            System.out.println("started");
            var report = ingest.importPath(store, GuestbookConnector.ID, file, new NullProgressMonitor() {
                private int asked;

                @Override
                public void worked(int work) {
                    System.out.println("committed");
                    System.out.flush();
                }

                @Override
                public boolean isCanceled() {
                    if (++asked % 25 == 0) {
                        pause();
                    }
                    return false;
                }
            });
            System.out.println("done " + report.toJson());
        }
    }

    /** Slows the reader down a little, so the parent's kill lands in the middle of the run. */
    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The child needs no secrets. */
    private static final class NoSecrets implements SecretStore {
        @Override
        public void put(Path workspace, long sourceId, String key, char[] value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<char[]> get(Path workspace, long sourceId, String key) {
            return Optional.empty();
        }

        @Override
        public Set<String> keys(Path workspace, long sourceId) {
            return Set.of();
        }

        @Override
        public void remove(Path workspace, long sourceId, String key) {
            // nothing kept
        }

        @Override
        public void removeAll(Path workspace, long sourceId) {
            // nothing kept
        }
    }
}
