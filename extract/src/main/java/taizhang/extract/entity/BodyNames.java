package taizhang.extract.entity;

import java.util.List;

/**
 * The bodies that follow a division's name in reports ({@code 自治区党委}, {@code 通辽市政府},
 * {@code 兴安盟行署}, {@code 自治区公安厅}), in Simplified characters. Matching takes the longest,
 * so {@code 党委宣传部} wins over {@code 党委}.
 */
final class BodyNames {

    /** The prefix that stands for the report's own autonomous region in its reports. */
    static final String REGION = "自治区";

    static final List<String> ALL = List.of("""
            党委 党委常委会 党委办公厅 党委宣传部 党委组织部 党委统战部 党委政法委 党委网信办 党委编办 党委党校
            纪委监委 纪委 监委 政府 人民政府 政府办公厅 政府办公室 人大常委会 人大 政协 行署 委
            市委 市政府 县委 县政府 旗委 旗政府 区委 区政府 盟委 省委 省政府
            宣传部 组织部 统战部 政法委 网信办 编办 党校
            高级人民法院 中级人民法院 人民法院 法院 人民检察院 检察院
            公安厅 公安局 国家安全厅 司法厅 司法局 财政厅 财政局 教育厅 教育局 民委 民族事务委员会
            发展改革委 发展和改革委员会 发改委 工业和信息化厅 工信厅 科技厅 科技局
            人力资源社会保障厅 人力资源和社会保障厅 人社厅 人社局 自然资源厅 自然资源局
            生态环境厅 生态环境局 住房城乡建设厅 住房和城乡建设厅 住建厅 住建局 交通运输厅 交通运输局
            水利厅 水利局 水务局 农牧厅 农牧局 农业农村厅 农业农村局 商务厅 商务局 文化和旅游厅 文旅厅
            卫生健康委 卫健委 应急管理厅 应急管理局 审计厅 审计局 国资委 市场监管局 市场监督管理局
            林草局 林业和草原局 统计局 医保局 医疗保障局 能源局 税务局 地方金融监管局 金融监管局
            政务服务局 政务服务和数据管理局 大数据中心 信访局 民政厅 民政局 退役军人事务厅 外事办
            体育局 广电局 乡村振兴局 粮食和物资储备局 人防办 气象局 监狱管理局 通信管理局
            团委 妇联 总工会 科协 文联 社科联 残联 红十字会
            """.trim().split("\\s+"));

    private BodyNames() {}
}
