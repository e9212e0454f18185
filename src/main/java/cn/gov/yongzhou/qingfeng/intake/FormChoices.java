package cn.gov.yongzhou.qingfeng.intake;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The fixed choices of the report form, available to every template (the categories come from {@code Category:values}). */
@TemplateGlobal
public class FormChoices {

    static final List<ContactPreference> contactPreferences = List.of(ContactPreference.values());
    static final List<Channel> channels = List.of(Channel.values());
    static final List<cn.gov.yongzhou.qingfeng.directory.CadreLevel> cadreLevels = List
            .of(cn.gov.yongzhou.qingfeng.directory.CadreLevel.values());
}
