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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.Classification;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.MessageFacts;
import org.parley.analytics.internal.ClassificationJson;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;

/**
 * {@code parley-cli classify}: one message per line of UTF-8 standard input, one JSON object per
 * line out. Without {@code --data} no workspace is opened; with it, the workspace's learned model
 * is used.
 */
@Component(property = CliCommand.NAME + "=classify")
public final class ClassifyCommand implements CliCommand<NoArguments> {

    private final ClassificationService classification;

    @Activate
    public ClassifyCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String summary() {
        return "classify messages read from standard input, one per line (type, sentiment, action, cues);"
                + " with --data, as that workspace's learned model would";
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Classification c = context.workspaceGiven()
                    ? classification.classify(context.store(), line, MessageFacts.NONE)
                    : classification.classify(line, MessageFacts.NONE);
            context.out().println(ClassificationJson.of(c));
        }
        context.out().flush();
        return OK;
    }
}
