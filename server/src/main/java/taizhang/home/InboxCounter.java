package taizhang.home;

import taizhang.shared.CurrentUser;

/**
 * How many unread notices the header shows. The inbox implements it; the frame asks through this
 * port so that the layout around every page does not depend on the features it frames.
 */
public interface InboxCounter {

    int unread(CurrentUser user);
}
