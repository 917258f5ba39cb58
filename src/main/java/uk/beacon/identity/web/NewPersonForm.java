package uk.beacon.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * An administrator adds a person: Beacon checks the username's form and that neither it
 * nor the e-mail address is taken ({@link uk.beacon.identity.AccountManagement}).
 *
 * @param name their name as people know it
 * @param username what they sign in with
 * @param email their work e-mail, where data requests go; may be left out
 */
record NewPersonForm(@NotBlank(message = "Enter the person's name") String name,
		@NotBlank(message = "Enter a username, such as jsmith") String username, String email) {

}
