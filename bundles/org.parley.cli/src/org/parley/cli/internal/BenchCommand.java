/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.cli.internal;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;
import org.parley.store.Store;

/**
 * {@code parley-cli bench}: times the queries that fill the workbench's lists, on the workspace's
 * own data, three runs each (the first includes warming up), and prints the figures as JSON.
 */
final class BenchCommand implements CliCommand<NoArguments> {

    private static final int RUNS = 3;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String summary() {
        return "time the queries behind the workbench's lists on this workspace (3 runs each)";
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        context.out().println(json.writeValueAsString(run(context.store())));
        return OK;
    }

    ObjectNode run(Store store) {
        ObjectNode result = json.createObjectNode();
        long started = System.nanoTime();
        result.put("interactions", store.interactions().count());
        result.put("open_and_count_ms", millisSince(started));
        time(result.putArray("interaction_list_ms"), () -> store.interactions().rows(Integer.MAX_VALUE).size());
        time(result.putArray("newest_500_ms"), () -> store.interactions().rows(500).size());
        time(result.putArray("customer_list_ms"), () -> store.customers().rows(Integer.MAX_VALUE).size());
        time(result.putArray("journey_list_ms"), () -> store.journeys().list().size());
        return result;
    }

    private static void time(ArrayNode runs, Supplier<Integer> query) {
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            query.get();
            runs.add(millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
