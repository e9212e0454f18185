package cn.gov.yongzhou.qingfeng.demo;

import cn.gov.yongzhou.qingfeng.casework.BriefRules;
import cn.gov.yongzhou.qingfeng.casework.Conclusion;
import java.util.List;
import java.util.Random;

/**
 * The words of the demo: what reporters write, what units find, what the reporter is told. Made up, in the plain
 * language of real reports; no real person's name (the reporters' names are drawn from common surnames and given
 * names, the staff are the sample directory's 窗口人员NN).
 */
final class Texts {

    private Texts() {
    }

    record Report(String subcategory, String narrative) {
    }

    private static final List<Report> ARROGANT = List.of(
            new Report("HARD_FACE", "我去窗口咨询营业执照变更需要哪些材料，工作人员一直低头看手机，问了三遍才抬头，说“自己去看墙上的告示”，语气很不耐烦。"),
            new Report("HARD_TO_DO", "办理社保转移，材料已经按清单带齐，工作人员说还要单位再开一个证明，清单上根本没有，让我第二天再跑一趟。"),
            new Report("MULTIPLE_TRIPS", "为同一件不动产过户前后跑了四趟，每次都说缺一样材料，但一次性告知单上从来没写过，耽误了我三天的工。"),
            new Report("HARD_TO_ENTER", "上午十点多窗口就挂出“暂停服务”的牌子，人在里面聊天，排队的十几个人等了四十分钟没人管。"),
            new Report("BUCK_PASSING", "医保报销的事，窗口说归二楼管，二楼说归一楼窗口管，来回推了三次，最后谁都不给办。"),
            new Report("NOT_TOLD_AT_ONCE", "第一次去只告诉我缺户口本，补齐后第二次去又说缺婚姻证明，明明可以一次说清楚。"),
            new Report("OVERDUE_PROMISE", "窗口承诺五个工作日内办结的营业执照，到现在已经过了十五天，打电话一直说在走流程。"),
            new Report("OTHER_ATTITUDE", "老人不会用自助机，请窗口帮忙，工作人员当众说“这么简单都不会”，老人很难堪。"));

    private static final List<Report> CORRUPT = List.of(
            new Report("HINTING", "办理施工许可，工作人员说材料有问题要退回，又说“懂规矩的话今天就能办”，我没有表示，就被要求重新准备材料。"),
            new Report("MONEY_OR_GIFTS", "办理营业执照时工作人员让我到旁边的打印店“加急”，要交两百元，说交了当天出证，不交要等半个月。"),
            new Report("OBSTRUCTION", "材料齐全，工作人员以“系统有问题”为由压着不办，私下让熟人带话说请他吃个饭就好办。"),
            new Report("BANQUET", "办完企业登记后，工作人员暗示要“一起吃个饭认识一下”，以后的年检都好说，我没有答应。"),
            new Report("NO_BENEFIT_NO_SERVICE", "车辆年审，排在我后面送了烟的人先办了，我等了两个小时还被说资料不全。"),
            new Report("EXTORTION", "窗口工作人员说我的房产证加急要交“服务费”三百元，不给开收据，不交就往后排。"));

    static Report report(boolean corruption, int subject) {
        List<Report> from = corruption ? CORRUPT : ARROGANT;
        return from.get(subject % from.size());
    }

    static final List<String> DESCRIPTIONS = List.of("戴眼镜的男性工作人员", "扎马尾的女性工作人员", "中年男性工作人员，穿蓝色马甲",
            "年轻女性工作人员，工牌没有佩戴", "窗口当班的男性工作人员");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾";
    private static final String[] GIVEN = { "建国", "秀英", "志强", "海燕", "国庆", "丽华", "伟", "芳", "敏", "静", "磊", "洋",
            "红梅", "军", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂英", "玉兰", "小红", "春生", "冬梅", "永福" };

    static String name(Random random) {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** The 交办 summary: what to verify, in the discipline body's words, never the reporter's. */
    static BriefRules.Draft brief(boolean corruption, String place) {
        return corruption
                ? new BriefRules.Draft("反映该窗口有工作人员在办理业务过程中以各种理由刁难，并有索取或暗示索取好处的情况。", place,
                        "近一个月内", "核实该窗口近期办件记录、排队叫号记录和监控录像，了解相关工作人员有无索取、收受好处或刁难群众的行为。")
                : new BriefRules.Draft("反映该窗口有工作人员服务态度生硬、未一次性告知、推诿拖延等问题。", place, "近一个月内",
                        "核实该窗口近期办件和叫号记录、一次性告知执行情况，了解相关工作人员的服务情况。");
    }

    /** What the handling body reports back. */
    static String findings(Conclusion conclusion, boolean corruption) {
        return switch (conclusion) {
            case SUBSTANTIATED -> corruption
                    ? "经调取当日监控录像和办件记录，询问相关工作人员及同窗口人员，该工作人员确有以材料不全为由刁难、暗示办事群众给予好处的行为，本人承认。"
                    : "经调取叫号记录和监控录像，该工作人员在反映时段确有离岗、未一次性告知和态度生硬的问题，本人已作检讨。";
            case PARTLY_SUBSTANTIATED ->
                "经核查，反映的未一次性告知问题属实；反映的索要好处、故意拖延问题，经调取录像和询问当事人，未发现相关证据。";
            case UNSUBSTANTIATED ->
                "经调取监控录像、办件记录并询问当班人员，办件按规定时限办理，未发现反映的问题，退件原因是材料确实不符合要求，已当场一次性告知。";
        };
    }

    /** What the inquiry's explanation showed (an internal note). */
    static String inquiry(Conclusion conclusion) {
        return conclusion == Conclusion.UNSUBSTANTIATED
                ? "函询说明及所附办件记录显示，该件按规定程序办理，未发现反映的问题。"
                : "函询说明承认存在未一次性告知的情况，已责令改正；其余问题未发现。";
    }

    /** The result told to the reporter: what was found and done, in general terms, never names or sanctions. */
    static String result(Conclusion conclusion) {
        return switch (conclusion) {
            case SUBSTANTIATED -> "经核查，您反映的问题属实。已责成该单位立即整改窗口服务，并依规依纪对相关工作人员作出处理。感谢您的监督。";
            case PARTLY_SUBSTANTIATED -> "经核查，您反映的问题部分属实：未一次性告知的情况属实，已责成该单位整改；其余问题未发现相关证据。";
            case UNSUBSTANTIATED -> "经调取录像和办件记录核查，未发现您反映的问题，退件系材料不符合要求。如有新的证据，欢迎继续反映。";
        };
    }
}
