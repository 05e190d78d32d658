/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.demo.DemoSummary;
import org.parley.demo.DemoWorkspace;
import org.parley.model.journey.JourneyMap;
import org.parley.journey.JourneyService;
import org.parley.model.Conversation;
import org.parley.model.Customer;
import org.parley.model.Identity;
import org.parley.model.Interaction;
import org.parley.store.InteractionsAdded;
import org.parley.store.Store;

/**
 * Seeds the demo workspace. The same seed gives the same workspace, so screenshots and tests agree.
 */
@Component(service = DemoWorkspace.class)
public final class DemoSeeder implements DemoWorkspace {

    private final JourneyService journeys;
    private final List<InteractionsAdded> listeners = new CopyOnWriteArrayList<>();

    static final int CUSTOMERS = 60;
    private static final Duration PERIOD = Duration.ofDays(30);
    private static final List<String> CHANNELS = List.of("email", "x", "facebook", "forum", "review",
            "phone");

    @Activate
    public DemoSeeder(@Reference JourneyService journeys) {
        this.journeys = journeys;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addListener(InteractionsAdded listener) {
        listeners.add(listener);
    }

    void removeListener(InteractionsAdded listener) {
        listeners.remove(listener);
    }

    @Override
    public DemoSummary seed(Store store, Instant now) {
        return seed(store, now, DEFAULT_INTERACTIONS);
    }

    @Override
    public DemoSummary seed(Store store, Instant now, int interactions) {
        if (store.meta(SEEDED_KEY).isPresent()) {
            return new DemoSummary(false, 0, 0, 0, 0);
        }
        Random random = new Random(20261123L);
        List<Customer> customers = customers(random, now.minus(PERIOD.multipliedBy(12)));
        Map<String, Identity> brand = brandIdentities();
        List<Object> threads = threads(customers, brand, random, now, interactions);

        List<Object> all = new ArrayList<>(customers);
        all.addAll(brand.values());
        all.addAll(threads);
        store.saveAll(all);
        seedPlans(store);
        // the classification (type, sentiment, topics) is made now: the journey's touchpoints count
        // topics, and no connector tagged the demo's messages
        listeners.forEach(listener -> listener.added(store));
        store.putMeta(SEEDED_KEY, now.toString());

        int identities = customers.stream().mapToInt(c -> c.getIdentities().size()).sum() + brand.size();
        int added = (int) threads.stream().filter(Interaction.class::isInstance).count();
        return new DemoSummary(true, customers.size(), identities, added, 2);
    }

    /** The two journeys (one per template) and the workshop canvas linked to the first. */
    private void seedPlans(Store store) {
        DemoJourneys demo = new DemoJourneys();
        JourneyMap outage = journeys.save(store, demo.outage());
        journeys.save(store, demo.switching());
        store.saveAll(List.of(DemoPlans.workshopCanvas(outage)));
    }

    private static List<Customer> customers(Random random, Instant since) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String first = DemoTexts.FIRST_NAMES.get(i % DemoTexts.FIRST_NAMES.size());
            String last = DemoTexts.LAST_NAMES.get((i * 7 + i / DemoTexts.FIRST_NAMES.size()) % DemoTexts.LAST_NAMES
                    .size());
            Customer customer = new Customer(first + " " + last, since.plusSeconds(random.nextInt(86_400 * 300)));
            if (i % 9 == 0) {
                customer.setTags(List.of("vip"));
            }
            String slug = (first + "." + last).toLowerCase();
            Identity mail = identity("email", slug + (i % 3 == 0 ? "@mail.example" : "@example.net"), customer);
            mail.setEmail(mail.getHandle());
            // everybody has e-mail and at least one more channel; channels rotate so every one is used
            for (int extra = 0; extra < 1 + i % 3; extra++) {
                String channel = CHANNELS.get(1 + (i + extra * 2) % (CHANNELS.size() - 1));
                if (customer.getIdentities().stream().noneMatch(id -> id.getChannel().equals(channel))) {
                    channelIdentity(channel, first, last, i, random, customer);
                }
            }
            customers.add(customer);
        }
        return customers;
    }

    private static void channelIdentity(String channel, String first, String last, int i, Random random,
            Customer customer) {
        Identity identity = switch (channel) {
            case "x" -> identity("x", "@" + first.toLowerCase() + last.substring(0, 1).toLowerCase() + (10 + i),
                    customer);
            case "facebook" -> identity("facebook", String.valueOf(100_000_000_000L + i * 7919L), customer);
            case "forum" -> identity("forum", first.toLowerCase() + "_" + (1970 + i), customer);
            // as the feed connector stores review authors: the site, then the reviewer's name
            case "review" -> identity("review", "reviews.example/" + first + " " + last.charAt(0), customer);
            default -> identity("phone", String.format("+44 7700 900%03d", i), customer);
        };
        if ("x".equals(channel)) {
            identity.setFollowers((int) Math.round(Math.pow(10, 1 + random.nextDouble() * 3.8)));
            identity.setVerified(identity.getFollowers() > 20_000);
        }
        if ("phone".equals(channel)) {
            identity.setPhone(identity.getHandle());
        }
    }

    private static Identity identity(String channel, String handle, Customer customer) {
        Identity identity = new Identity(channel, handle);
        identity.setDisplayName(customer.getDisplayName());
        customer.addIdentity(identity);
        return identity;
    }

    private static Map<String, Identity> brandIdentities() {
        Map<String, Identity> brand = new LinkedHashMap<>();
        brand.put("email", new Identity("email", "care@northwind.example"));
        brand.put("x", new Identity("x", "@NorthwindCare"));
        brand.put("facebook", new Identity("facebook", "northwind.broadband"));
        brand.put("forum", new Identity("forum", "Northwind_Team"));
        brand.put("review", new Identity("review", "reviews.example/Northwind Broadband"));
        brand.put("phone", new Identity("phone", "Northwind contact centre"));
        brand.values().forEach(identity -> {
            identity.setDisplayName("Northwind Broadband");
            identity.setVerified(true);
        });
        return brand;
    }

    /** Conversations, each with its interactions in order, until there are enough interactions. */
    private static List<Object> threads(List<Customer> customers, Map<String, Identity> brand, Random random,
            Instant now, int wanted) {
        List<Object> result = new ArrayList<>();
        int interactions = 0;
        for (int thread = 1; interactions < wanted; thread++) {
            Customer customer = DemoTexts.pick(customers, random);
            Identity author = DemoTexts.pick(customer.getIdentities(), random);
            Instant start = now.minusSeconds(600 + random.nextInt((int) PERIOD.toSeconds() - 600));
            Conversation conversation = new Conversation(author.getChannel(), "demo-thread-" + thread, start);
            conversation.setCustomer(customer);
            result.add(conversation);
            List<Interaction> messages = new ThreadWriter(conversation, random, now).write(author,
                    brand.get(author.getChannel()), customer.getDisplayName().split(" ")[0]);
            conversation.setSubject(messages.get(0).getPreview());
            result.addAll(messages);
            interactions += messages.size();
        }
        return result;
    }
}
