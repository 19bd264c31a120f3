package taizhang.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A list in an address or a form, {@code status=DONE,IN_PROGRESS} or
 * {@code status=DONE&status=IN_PROGRESS}, split and bound as Spring does, but with no empty
 * item: Spring binds {@code status=DONE,} as DONE and null, which no handler expects. The
 * refusal reads like a value of the wrong type ({@link BindingFailures}), naming the choices.
 * An editor, not a converter: the binder falls back to its default editors when a converter
 * refuses.
 */
@ControllerAdvice(basePackages = "taizhang")
public class ItemLists {

    /**
     * For a controller whose form sends rows or steps that may be left empty (the handler skips
     * them): its lists of text keep their empty items. Call from the controller's own
     * {@code @InitBinder}, which runs after this advice's and replaces its editor.
     */
    public static void keepEmptyItems(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, new CustomCollectionEditor(List.class));
    }

    @InitBinder
    void refuseEmptyItems(WebDataBinder binder) {
        binder.registerCustomEditor(Collection.class, new Items(ArrayList.class));
        binder.registerCustomEditor(List.class, new Items(ArrayList.class));
        binder.registerCustomEditor(Set.class, new Items(LinkedHashSet.class));
        binder.registerCustomEditor(SortedSet.class, new Items(TreeSet.class));
    }

    /** The items as text; the binder converts each to the element type afterwards. */
    static final class Items extends CustomCollectionEditor {

        @SuppressWarnings("rawtypes")
        Items(Class<? extends Collection> type) {
            super(type);
        }

        @Override
        public void setAsText(String text) {
            setValue(present(StringUtils.commaDelimitedListToStringArray(text), true));
        }

        @Override
        public void setValue(Object value) {
            super.setValue(value instanceof String[] items ? present(items, false) : value);
        }

        private static String[] present(String[] items, boolean strip) {
            String[] present = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                if (items[i].isBlank()) {
                    throw new IllegalArgumentException("an empty item in a list");
                }
                present[i] = strip ? items[i].strip() : items[i];
            }
            return present;
        }
    }
}
