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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.Aspect;
import org.parley.analytics.ClassificationService;
import org.parley.analytics.TrainingReport;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;

/**
 * {@code parley-cli train}: trains a new model version from seed data and the workspace's
 * corrections.
 */
@Component(property = CliCommand.NAME + "=train")
public final class TrainCommand implements CliCommand<NoArguments> {

    private final ClassificationService classification;

    @Activate
    public TrainCommand(@Reference ClassificationService classification) {
        this.classification = classification;
    }

    @Override
    public String summary() {
        return "train the learned model from seed data and agents' corrections; it is used per aspect only"
                + " where it beats the classifier chain on held-out examples";
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        TrainingReport report = classification.train(context.store(), new NullProgressMonitor());
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("model_version", report.version());
        json.put("examples", report.examples());
        json.put("corrections", report.corrections());
        json.put("held_out", report.heldOut());
        ObjectNode aspects = json.putObject("aspects");
        for (Aspect aspect : List.of(Aspect.TYPE, Aspect.SENTIMENT, Aspect.ACTION)) {
            ObjectNode a = aspects.putObject(aspect.key());
            a.put("model_accuracy", round(report.modelAccuracy().get(aspect)));
            a.put("chain_accuracy", round(report.chainAccuracy().get(aspect)));
            a.put("model_used", Boolean.TRUE.equals(report.active().get(aspect)));
        }
        context.out().println(json);
        return OK;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
