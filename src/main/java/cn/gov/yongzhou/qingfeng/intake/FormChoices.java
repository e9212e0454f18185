package cn.gov.yongzhou.qingfeng.intake;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The fixed choices of the report form, available to every template. */
@TemplateGlobal
public class FormChoices {

    static final List<Subcategory> arrogantSubcategories = Subcategory.of(Category.ARROGANT_SERVICE);
    static final List<Subcategory> corruptionSubcategories = Subcategory.of(Category.PETTY_CORRUPTION);
    static final List<ContactPreference> contactPreferences = List.of(ContactPreference.values());
    static final List<Channel> channels = List.of(Channel.values());
}
