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

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.Correction;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.UsageException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley-cli correct <interaction-id> <field> <value>}: records an agent's correction. */
@Component(property = CliCommand.NAME + "=correct")
public final class CorrectCommand implements CliCommand<CorrectCommand.Arguments> {

    /** Which message, which field, the corrected value and who corrected it. */
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "<interaction-id>", description = "the message's id")
        String id;

        @Parameters(index = "1", paramLabel = "type|sentiment|action|topic", description = "the field to correct")
        String field;

        @Parameters(index = "2", paramLabel = "<value>", description = "the corrected value")
        String value;

        @Option(names = "--agent", paramLabel = "<name>", description = "who corrected it (default: the user's name)")
        String agent = System.getProperty("user.name", "agent");
    }

    private final ClassificationService classification;

    @Activate
    public CorrectCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String summary() {
        return "record an agent's correction (type: question,complaint,compliment,other, comma-separated;"
                + " sentiment: negative|neutral|positive; action: none|reply|urgent; topic: the workspace's topic"
                + " ids, comma-separated, or none)";
    }

    @Override
    public Arguments arguments() {
        return new Arguments();
    }

    @Override
    public int execute(CliContext context, Arguments arguments) throws Exception {
        List<String> words = List.of(arguments.id, arguments.field, arguments.value);
        String agent = arguments.agent;
        long id;
        Aspect aspect;
        try {
            id = Long.parseLong(words.get(0));
            aspect = Aspect.valueOf(words.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + words.get(0) + " " + words.get(1)
                    + "' is not an interaction id and a field (type, sentiment, action or topic)");
        }
        Correction c;
        try {
            c = classification.correct(context.store(), id, aspect, words.get(2), agent);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("interaction", c.interactionId());
        json.put("field", c.aspect().key());
        json.put("value", c.value());
        json.put("previous", c.previous());
        json.put("agent", c.agent());
        json.put("at", c.at().toString());
        context.out().println(json);
        return OK;
    }
}
