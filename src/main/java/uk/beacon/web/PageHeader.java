package uk.beacon.web;

/**
 * What the shared page header shows that depends on who is asking: whether they are
 * signed in, their name and the links their roles allow, read afresh for each request
 * (the navigation the layout asks for). A kept page's header is kept under it
 * ({@link KeptPageView}), so it must name everything about the person that the layout
 * shows; two requests it names alike get the same header, but for the sign-out form's
 * token, which is written for each request.
 */
public interface PageHeader {

	/**
	 * @return everything about the person making the current request that changes what
	 * the layout shows
	 */
	String shownFor();

}
