/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.analytics.internal.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.ClassificationService;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;

import picocli.CommandLine.Option;

/** {@code parley-cli reclassify [--all]}: classifies the workspace's stored messages. */
@Component(property = CliCommand.NAME + "=reclassify")
public final class ReclassifyCommand implements CliCommand<ReclassifyCommand.Arguments> {

    /** Which stored messages. */
    static final class Arguments {
        @Option(names = "--all", description = "every stored message, not only new or otherwise classified ones")
        boolean all;
    }

    private final ClassificationService classification;

    @Activate
    public ReclassifyCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String summary() {
        return "classify stored messages that are new or were classified by other classifiers"
                + " (--all: every message); agents' corrections are kept";
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        boolean all = arguments.all;
        long started = System.nanoTime();
        int count = classification.classifyStored(context.store(), all, new NullProgressMonitor());
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("classified", count);
        json.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
        ObjectNode chain = json.putObject("chain");
        classification.chain().forEach((aspect, id) -> chain.put(aspect.key(), id.toString()));
        context.out().println(json);
        return OK;
    }
}
