/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.feed.internal;

import java.util.Optional;

import org.parley.channels.ConnectorSettings;
import org.parley.channels.InboundMessage;
import org.parley.channels.IngestContext;
import org.parley.channels.QuarantineRecord;

/**
 * The context a feed is read into when its source has a {@link KeywordFilter}: entries the filter
 * does not accept are counted as skipped, the rest go on to the pipeline. Positions stay those of
 * the feed (an entry left out still counts for where a resumed import starts).
 */
final class FilteredContext implements IngestContext {

    private final IngestContext context;
    private final KeywordFilter filter;

    private FilteredContext(IngestContext context, KeywordFilter filter) {
        this.context = context;
        this.filter = filter;
    }

    /** The context, filtered when the source sets keywords. */
    static IngestContext of(IngestContext context) {
        Optional<KeywordFilter> filter = KeywordFilter.of(context.settings());
        return filter.isEmpty() ? context : new FilteredContext(context, filter.get());
    }

    @Override
    public void message(InboundMessage message) {
        if (filter.accepts(message)) {
            context.message(message);
        } else {
            context.skipped();
        }
    }

    @Override
    public ConnectorSettings settings() {
        return context.settings();
    }

    @Override
    public Optional<char[]> secret(String key) {
        return context.secret(key);
    }

    @Override
    public Optional<String> resumeFrom() {
        return context.resumeFrom();
    }

    @Override
    public void quarantine(QuarantineRecord record) {
        context.quarantine(record);
    }

    @Override
    public void skipped() {
        context.skipped();
    }

    @Override
    public void checkpoint(String position) {
        context.checkpoint(position);
    }

    @Override
    public boolean isCanceled() {
        return context.isCanceled();
    }

    @Override
    public void progress(long done, long total) {
        context.progress(done, total);
    }
}
