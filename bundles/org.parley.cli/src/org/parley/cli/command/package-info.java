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
 * The command line's extension point: register a {@link org.parley.cli.command.CliCommand} service
 * to add a command to {@code parley-cli}.
 */
package org.parley.cli.command;
