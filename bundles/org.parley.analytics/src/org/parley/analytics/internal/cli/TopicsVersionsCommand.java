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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.analytics.TopicService;
import org.parley.analytics.TopicVersion;
import org.parley.cli.command.CliCommand;
import org.parley.cli.command.CliContext;
import org.parley.cli.command.NoArguments;

/** {@code parley-cli topics versions}: the saved versions of the topic set, newest first. */
@Component(service = CliCommand.class, property = CliCommand.NAME + "=topics versions")
public final class TopicsVersionsCommand implements CliCommand<NoArguments> {

    private final TopicService topics;

    @Activate
    public TopicsVersionsCommand(@Reference TopicService topics) {
        this.topics = topics;
    }

    @Override
    public String summary() {
        return "list the saved versions of the workspace's topics, newest first";
    }

    @Override
    public NoArguments arguments() {
        return new NoArguments();
    }

    @Override
    public int execute(CliContext context, NoArguments none) throws Exception {
        topics.current(context.store());
        for (TopicVersion version : topics.versions(context.store())) {
            TopicsCommands.print(context, TopicsCommands.version(version, false));
        }
        return OK;
    }
}
