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

import java.util.Locale;

import org.jdom2.Element;
import org.parley.channels.ConnectorSettings;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;

/**
 * Whether a feed's entries are forum posts or reviews: the source's setting says, or, on
 * {@code auto}, the feed: review vocabulary (the RDF review namespace, rating elements) or the word
 * "review" in its address or title makes it {@code review}; anything else is {@code forum}.
 */
final class FeedChannel {

    static final String FORUM = "forum";
    static final String REVIEW = "review";
    private static final String REVIEW_NS = "http://purl.org/stuff/rev#";

    private FeedChannel() {
    }

    static String decide(SyndFeed feed, String source, ConnectorSettings settings) {
        String chosen = settings.get(FeedConnector.CHANNEL).orElse("auto");
        if (FORUM.equals(chosen) || REVIEW.equals(chosen)) {
            return chosen;
        }
        String words = (source + " " + feed.getLink() + " " + feed.getTitle()).toLowerCase(Locale.ROOT);
        if (words.contains("review") || feed.getEntries().stream().anyMatch(FeedChannel::hasRating)) {
            return REVIEW;
        }
        return FORUM;
    }

    private static boolean hasRating(SyndEntry entry) {
        for (Element element : entry.getForeignMarkup()) {
            String name = element.getName().toLowerCase(Locale.ROOT);
            if (REVIEW_NS.equals(element.getNamespaceURI()) || name.contains("rating")) {
                return true;
            }
        }
        return false;
    }
}
