/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
/**
 * The channel connector SPI: how messages of a channel reach Parley. Implement
 * {@link org.parley.channels.ChannelConnector} and register it as an OSGi service; see
 * {@code docs/extending.md}. This package depends on nothing but Java.
 */
package org.parley.channels;
