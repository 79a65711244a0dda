import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/**
 * The reviewer's matrix on the unseen drafts (test/fixtures/drafts-unseen): every fact the summary
 * reads from a report's frame and outline, checked against the draft by hand. A wrong extraction
 * (a breadcrumb or “关于” as the body, a 发布时间 taken for the closing date) shows here.
 */
const DRAFTS = join(import.meta.dirname, '../../../test/fixtures/drafts-unseen');

/** body | year | the four required parts (S section, T only as text, - missing) | closing date | 按期/逾期/无日期 */
const expected: Record<string, string> = {
  '01-province-eco-dept.txt': '某省生态环境厅|2024|SSSS|2025-02-18|按期',
  '02-township.txt': '青石镇人民政府|2024|SSSS|2025-01-15|按期',
  '03-city-sublevels.txt': '临江市人民政府|2024|SSSS|2025-03-10|按期',
  '04-county-figures.txt': '南川县人民政府|2024|SSSS|2025-03-05|按期',
  '05-district-variant-headings.txt': '东湖区人民政府|2024|SSSS|2025-01-22|按期',
  '06-market-bureau.md': '西陵市市场监督管理局|2024|SSSS|2025-02-26|按期',
  '07-traditional.txt': '云山县人民政府|2024|SSSS|2025-03-20|按期',
  '08-commission.txt': '市发展和改革委员会|2024|SSSS|2025-02-10|按期',
  '09-city-government.txt': '江岭市人民政府|2025|SSSS|2026-01-15|按期',
  '10-municipal-district.md': '重庆市云溪区|2025|SSSS||无日期',
  '11-subdistrict-gb18030.txt': '东门街道办事处|2023|SSSS|2024-01-12|按期',
  '12-autonomous-prefecture.txt': '雪山藏族自治州|2025|SSSS||无日期',
  '13-tax-bureau.txt': '国家税务总局江岭市税务局|2023|SSSS|2024-01-20|按期',
  '14-dev-zone-hard-wrapped.txt': '江岭经济技术开发区管理委员会|2025|SSSS|2026-02-06|按期',
  '15-province-government.txt': '江南省人民政府|2025|SSSS||无日期',
  '16-autonomous-county-police.txt': '龙溪苗族自治县公安局|2023|SSSS|2024-02-02|按期',
  '17-web-scrape.txt': '白沙县人民政府|2024|SSSS|2025-02-20|按期',
  '18-word-export.txt': '白石县人民政府|2024|SSSS|2025-01-20|按期',
  '19-pdf-paste.txt': '金沙市司法局|2024|SSSS|2025-02-10|按期',
  '20-cms-markdown.md': '清河区人民政府|2024|SSSS|2025-02-18|按期',
  '21-customs-ideographic-indent.txt': '江岭海关|2024|SSSS|2025-02-14|按期',
  '22-province-police-markdown.md': '江南省公安厅|2022|SSSS|2023-03-06|按期',
  '23-prefecture-city-chinese-numerals.txt': '青川市人民政府|2023|SSSS|2024-02-08|按期',
  '24-autonomous-county-markdown.md': '清水瑶族自治县人民政府|2025|SSSS|2026-01-23|按期',
  '25-subdistrict-2022.txt': '城关街道办事处|2022|SSSS|2023-01-10|按期',
  '26-university-town-committee.txt': '江岭大学城管理委员会|2024|SSSS|2025-01-17|按期',
  '27-sasac-points.txt': '江岭市人民政府国有资产监督管理委员会|2024|SSSS|2025-03-03|按期',
  '28-county-market-bureau.txt': '平阳县市场监督管理局|2023|SSSS|2024-01-26|按期',
  '29-eco-bureau-dates.txt': '云溪市生态环境局|2025|SSSS|2026-02-02|按期',
  '30-province-health-commission.txt': '江南省卫生健康委员会|2024|SSSS|2025-02-21|按期',
  '31-county-justice-bureau-2022.txt': '安平县司法局|2022|SSSS|2023-02-15|按期',
  '32-province-tax-bureau-parts.txt': '国家税务总局江南省税务局|2025|SSSS|2026-01-28|按期',
  '33-xiang-township-plain.txt': '石门乡人民政府|2024|SSSS|2025-01-20|按期',
  '34-county-2020-outline-2015.txt': '青山县人民政府|2020|SSSS|2021-02-26|按期',
  '35-province-government-five-parts.txt': '江北省人民政府|2023|SSSS|2024-03-15|按期',
  '36-city-transport-cms-traditional.txt': '河阳市交通运输局|2024|SSSS|2025-02-12|按期',
  '37-county-natural-resources-gbk.txt': '北林县自然资源局|2025|SSSS|2026-02-09|按期',
  '38-city-education-bureau-crlf.txt': '东江市教育局|2024|SSSS|2025-01-24|按期',
  // 发布时间：2025-03-28 in the page's header line is not the closing date.
  '39-district-web-scrape-header.txt': '南湖区人民政府|2024|SSSS|2025-03-12|按期',
  '40-city-emergency-bureau-table.md': '临川市应急管理局|2025|SSSS|2026-02-03|按期',
  // “存在的问题及下一步打算” is both the shortcomings and the plans.
  '41-county-hrss-combined-heading.txt': '桐城县人力资源和社会保障局|2024|SSSS|2025-01-16|按期',
  '42-county-city-duties-unheaded.txt': '白河市人民政府|2025|SSTS|2026-02-27|按期',
  // A 文号 line above the title, an addressee line, 2025年1月8日.
  '43-city-government-deep-numbering.txt': '临海市人民政府|2024|SSSS|2025-01-08|按期',
  '44-county-outline-chapters.txt': '南岭县人民政府|2025|SSSS|2026-01-05|按期',
  '45-city-justice-bureau-figures.txt': '江州市司法局|2024|SSSS|2025-01-20|按期',
  '46-district-explicit-bases.txt': '东山区人民政府|2024|SSSS|2025-01-10|按期',
  // Dates in the text in Chinese numerals (二〇二四年三月十日); the closing date in Arabic.
  '47-county-chinese-dates-titles.txt': '青溪县人民政府|2024|SSSS|2025-01-03|按期',
  '48-subdistrict-slogans.txt': '城南街道办事处|2025|SSSS|2026-01-07|按期',
  '49-province-transport-dept-rectification.txt': '江南省交通运输厅|2024|SSSS|2025-02-14|按期',
  // The attachment (“附件”, its title, a table) printed after the date does not hide the date.
  '50-hitech-zone-annex-table.md': '江岭高新技术产业开发区管理委员会|2025|SSSS|2026-01-09|按期',
  '51-county-tax-bureau-docnumber.txt': '国家税务总局青山县税务局|2024|SSSS|2025-01-10|按期',
  '52-city-postal-bureau-january.txt': '江岭市邮政管理局|2025|SSSS|2026-01-04|按期',
  // A figures table in plain text (columns separated by runs of spaces) does not hide the parts.
  '53-province-water-dept-space-table.txt': '江南省水利厅|2024|SSSS|2025-02-20|按期',
  // A report on 2021, the 纲要 (2021—2025)'s first year: title without 关于, no addressee.
  '54-city-housing-bureau-2021.txt': '安澜市住房和城乡建设局|2021|SSSS|2022-01-28|按期',
  '55-county-agriculture-bureau-tab-table.txt': '南屏县农业农村局|2025|SSSS|2026-01-16|按期',
  // Title over two lines (the body, then “关于2023年度……”).
  '56-city-urban-management-2023.txt': '清江市城市管理综合行政执法局|2023|SSSS|2024-02-06|按期',  // A 盟行政公署: the body is the 行署 itself, not a 人民政府.
  '57-league-administrative-office.txt': '白音河盟行政公署|2024|SSSS|2025-02-12|按期',
  // Parts numbered 1. … 5., sections 1.1 and 1.1.1.
  '58-banner-decimal-numbering.txt': '查干淖尔旗人民政府|2025|SSSS|2026-01-26|按期',
  // The duties are the first part.
  '59-state-new-area-duties-first.txt': '云港新区管理委员会|2024|SSSS|2025-03-06|按期',
  // The title over two lines names the 乡 with its county; the signature (巴彦乡人民政府) does not.
  '60-xiang-bracket-headings.txt': '青松满族自治县巴彦乡人民政府|2025|SSSS|2026-01-13|按期',
  // WeChat's 点击上方蓝字关注我们 and account line above the title, its 来源/编辑/审核, 阅读原文 and buttons after the date.
  '61-city-urban-bureau-wechat.txt': '桐江市城市管理局|2024|SSSS|2025-03-10|按期',
  // After the date: a 附表 (its title and a table), then pandoc's footnotes ([^1]: ……).
  '62-county-water-bureau-pandoc-footnotes.md': '青岚县水利局|2025|SSSS|2026-02-05|按期',
  '63-city-medical-security-bom-crlf.md': '西川市医疗保障局|2024|SSSS|2025-02-12|按期',
  '64-county-halfwidth-thousands.txt': '青枫县人民政府|2023|SSSS|2024-02-06|按期',
  // Tables with 同比/环比 columns and 合计 rows do not hide the parts.
  '65-district-figures-tables.md': '青禾区人民政府|2025|SSSS|2026-02-03|按期',
  '66-county-justice-review-outcomes.txt': '云岭县司法局|2024|SSSS|2025-01-20|按期',
  '67-city-market-bureau-enforcement.txt': '南浦市市场监督管理局|2024|SSSS|2025-02-12|按期',
  // The causes in a paragraph of their own (“原因分析：……”) after the problems.
  '68-county-tax-bureau-cause-analysis.txt': '国家税务总局青原县税务局|2025|SSSS|2026-01-16|按期',
  '69-county-2025-outline-final-year.txt': '青梧县人民政府|2025|SSSS|2026-01-23|按期',
  '70-province-commerce-dept-2022.txt': '江东省商务厅|2022|SSSS|2023-02-16|按期',
  // A 直辖市's own government: the 38 区县 are its lower level.
  '71-municipality-government-2023.txt': '重庆市人民政府|2023|SSSS|2024-02-26|按期',
  // The opening says only “2024年以来”; the title states the year.
  '72-city-culture-tourism-since.txt': '澜州市文化和旅游局|2024|SSSS|2025-02-12|按期',
  // A web header (发布时间：2025-02-14 10:21) above half-width commas: the date is the signature's.
  '73-sichuan-county-halfwidth-commas.txt': '雅川县人民政府|2024|SSSS|2025-02-12|按期',
  '74-gansu-district-2023.txt': '祁南区人民政府|2023|SSSS|2024-01-26|按期',
  // An addressee of the level above (泉南市人民政府) and an attachment note before the signature.
  '75-fujian-county-city-2025.txt': '溪源市人民政府|2025|SSSS|2026-01-20|按期',
  // Title without 人民政府 or 关于 (乌苏河县2024年法治政府建设年度报告), a 信息来源/发布日期 line, the duties first.
  '76-heilongjiang-county-named-leaders.txt': '乌苏河县人民政府|2024|SSSS|2025-03-18|按期',
  // A 支队 of a provincial department's 总队, its title over two lines.
  '77-province-traffic-police-detachment.txt': '江南省公安厅交通警察总队青州高速公路支队|2024|SSSS|2025-01-22|按期',
  // A 分局 of a city bureau, two addressees, the opening on “十四五”收官.
  '78-city-eco-branch-2025.txt': '临川市生态环境局青溪分局|2025|SSSS|2026-01-16|按期',
  '79-county-veterans-bureau-2023.txt': '南湖县退役军人事务局|2023|SSSS|2024-02-02|按期',
  '80-district-health-bureau-named-leaders.txt': '清源市沙河区卫生健康局|2024|SSSS|2025-01-24|按期',
  // Parts headed only in bold (**一、主要举措和成效**), numbered Markdown lists inside.
  '81-city-civil-affairs-bold-lists.md': '东陵市民政局|2024|SSSS|2025-01-20|按期',
  // Headings on lines of their own ending in a colon (一、主要举措和成效：), like the addressee above them.
  '82-town-colon-headings.txt': '柳河镇人民政府|2025|SSSS|2026-01-12|按期',
  // A blank inside each marker (一 、, （一 ）), full-width １．２． under them.
  '83-district-spaced-numbering.txt': '青桐区人民政府|2024|SSSS|2025-02-10|按期',
  // A 目录 listing the part headings with dot leaders and page numbers: each part is found once, in the text.
  '84-province-forestry-toc.txt': '江南省林业局|2025|SSSS|2026-01-22|按期',
  // A 省司法厅 whose figures are the whole province's as well as its own, with an 附件 note.
  '85-province-justice-dept-statewide.txt': '西江省司法厅|2024|SSSS|2025-01-24|按期',
  // Two addressees (市委依法治市办、市人民政府).
  '86-city-statistics-bureau.txt': '澄州市统计局|2024|SSSS|2025-01-17|按期',
  // A tab-separated table of quarters with a 合计 row inside the measures.
  '87-district-emergency-quarter-table.txt': '青岩区应急管理局|2024|SSSS|2025-01-21|按期',
  // The running header (青峰县住房和城乡建设局) above the title on the first page too, then after each page number.
  '88-county-housing-bureau-wps-pages.txt': '青峰县住房和城乡建设局|2024|SSSS|2025-01-20|按期',
  // Signature and date in one <p> joined by <br>.
  '89-city-audit-bureau-cms-html.md': '江州市审计局|2025|SSSS|2026-01-16|按期',
  // Title, headings and signature centered with runs of spaces.
  '90-district-urban-bureau-tab-centered.txt': '南溪区城市管理局|2024|SSSS|2025-01-23|按期',
  // Service figures with rates over other bases than the nearest count (参评率 over 办结, 满意率 over 参评).
  '91-city-petition-bureau.txt': '江州市信访局|2024|SSSS|2025-01-20|按期',
  // Title over two lines, the body on the first (“关于2025年度……的报告” on the second).
  '92-city-gov-service-data-bureau.txt': '澄江市政务服务和数据管理局|2025|SSSS|2026-01-23|按期',
  // An 附件 line between “无。” and the signature.
  '93-county-finance-bureau.txt': '石门县财政局|2024|SSSS|2025-02-10|按期',
  '94-autonomous-region-government.txt': '白川回族自治区人民政府|2024|SSSS|2025-01-20|按期',
  // 师市合一: the division and its city are one body.
  '95-corps-division-city.txt': '第十五师青杨市|2024|SSSS|2025-01-24|按期',
  // Title over two lines.
  '96-forest-district-government.txt': '青岭林区人民政府|2025|SSSS|2026-01-28|按期',
  // YAML front matter above a title underlined with ===.
  '97-city-hrss-typora-front-matter.md': '云岭市人力资源和社会保障局|2024|SSSS|2025-01-24|按期',
  // UTF-16LE with BOM and CRLF, as Notepad saves “Unicode”.
  '98-county-transport-notepad-utf16.txt': '石梁县交通运输局|2024|SSSS|2025-02-12|按期',
  // The date above the 版记 (抄送, 印发机关 and 印发日期) of a 公文.
  '99-county-government-gongwen-pdf-pages.txt': '桐溪县人民政府|2024|SSSS|2025-02-18|按期',
  // The enterprise the bureau also is, in parentheses after its name, is part of the body's name.
  '100-city-tobacco-monopoly-bureau.txt': '临川市烟草专卖局(公司)|2024|SSSS|2025-01-20|按期',
  '101-city-meteorological-bureau.txt': '青州市气象局|2025|SSSS|2026-01-16|按期',
  // The title over two lines: the body on the first, the year on the second.
  '102-county-transport-enforcement-brigade.txt': '石湾县交通运输综合行政执法大队|2024|SSSS|2025-01-24|按期',
  // APP names, URLs, an e-mail address and times in the text around the frame.
  '103-city-data-bureau-ai-services.txt': '钱塘市数据资源管理局|2025|SSSS|2026-01-20|按期',
  '104-district-government-5g-enforcement.txt': '粤江市云岗区人民政府|2024|SSSS|2025-01-24|按期',
  '105-municipal-district-justice-bureau-apps.txt': '申江市浦湾区司法局|2025|SSSS|2026-01-16|按期',
  // Zero-width spaces in the title and the headings, NBSP indentation, CRLF and LF mixed.
  '106-district-zero-width-web-copy.txt': '青湾区人民政府|2024|SSSS|2025-02-14|按期',
  // Full-width digits (２０２４年, ２０２５年１月２０日) and CR-only line endings.
  '107-county-enforcement-fullwidth-cr.txt': '青塘县综合行政执法局|2024|SSSS|2025-01-20|按期',
  // mammoth's Markdown: the title in __bold__, the signature ending with a two-space break.
  '108-city-natural-resources-mammoth.md': '南浦市自然资源和规划局|2024|SSSS|2025-01-24|按期',
  '109-county-government-cause-analysis-part.txt': '桐柏山县人民政府|2024|SSSS|2025-02-18|按期',
  '110-city-sports-bureau-quarterly-plans.txt': '澄江市体育局|2024|SSSS|2025-01-21|按期',
  '111-town-monthly-plans-2025.txt': '梅岭镇|2025|SSSS|2026-01-12|按期',
  '112-county-government-send-back.txt': '桐溪县人民政府|2025|SSSS|2026-01-20|按期',
  '113-city-housing-fund-center.txt': '丰州市住房公积金管理中心|2025|SSSS|2026-02-10|按期',
  '114-town-chinese-date.txt': '青禾镇人民政府|2025|SSSS|2026-01-16|按期',
  '115-beijing-district-hotline.txt': '北京市潮白区人民政府|2024|SSSS|2025-01-20|按期',
  '116-zhejiang-county-unified-enforcement.txt': '青溪县人民政府|2025|SSSS|2026-01-23|按期',
  // A 街道办事处 of a district of a city: the body as its signature writes it.
  '117-guangdong-subdistrict-devolved-enforcement.txt': '粤海市南岭区金沙街道办事处|2024|SSSS|2025-01-17|按期',
  '118-county-science-technology-bureau.txt': '芦河县科学技术局|2025|SSSS|2026-01-20|按期',
  '119-city-civil-air-defense-office.txt': '沅城市人民防空办公室|2024|SSSS|2025-02-14|按期',
  '120-county-grain-reserve-bureau.txt': '桐溪县粮食和物资储备局|2025|SSSS|2026-02-10|按期',
  '121-prefecture-city-long-report.txt': '桐江市人民政府|2025|SSSS|2026-02-10|按期',
  // An indicator list is printed as an attachment below the date: the date still closes the text.
  '122-province-transport-dept-long-report.txt': '云岭省交通运输厅|2024|SSSS|2025-02-20|按期',
  '123-municipal-district-long-report.txt': '天津市滨湖区人民政府|2025|SSSS|2026-01-28|按期',
  '124-city-healthcare-security-bureau.txt': '城南市医疗保障局|2024|SSSS|2025-01-22|按期',
  // An ethnic township (畲族乡): the body as its signature writes it, every line indented.
  '125-ethnic-township-2025.txt': '白石畲族乡人民政府|2025|SSSS|2026-01-14|按期',
  // A provincial department whose title has no 关于 and no addressee line.
  '126-province-grain-reserve-bureau.txt': '江淮省粮食和物资储备局|2024|SSSS|2025-02-26|按期',
  '127-county-justice-bureau-reconsideration.txt': '清河县司法局|2025|SSSS|2026-01-20|按期',
  // A city government reporting as the 行政复议机关 of its departments and counties.
  '128-city-government-reconsideration-organ.txt': '安澜市人民政府|2025|SSSS|2026-02-12|按期',
  // A government's general office: the body as its signature writes it, title without 关于.
  '129-district-government-office-disclosure.txt': '东陵区人民政府办公室|2025|SSSS|2026-01-23|按期',
  // A title without a year (the year only in the opening); a 联系人 line below the date.
  '130-county-government-title-without-year.txt': '青峰县人民政府|2025|SSSS|2026-01-27|按期',
  // “（此页无正文）”, then the date above “江城市退役军人事务局（盖章）”: the stamp note is no part of the name.
  '131-city-veterans-bureau-stamp-no-text-page.txt': '江城市退役军人事务局|2025|SSSS|2026-02-03|按期',
  // The title's 简称 (柳湾区文广旅体局) gives way to the signature's full name; the 印发日期 of the 版记 is not the closing date.
  '132-district-culture-bureau-two-dates.txt': '柳湾区文化广电旅游体育局|2025|SSSS|2026-01-30|按期',
  // Online editors' exports: a rule (---) and a link list under the date, which still closes the text.
  '133-city-ecology-bureau-feishu.md': '清川市生态环境局|2024|SSSS|2025-01-20|按期',
  '134-county-government-yuque.md': '松岭县人民政府|2025|SSSS|2026-01-23|按期',
  '135-district-market-regulation-tencent-docs.md': '江城市临河区市场监督管理局|2024|SSSS|2025-01-16|按期',
  // Published layouts: the duties part first, measures headed “2024年法治政府建设基本情况”/“主要工作及成效”,
  // shortcomings “存在的困难和问题”/“工作中存在的短板”, plans “2025年工作打算”/“下一步工作思路”.
  '136-district-government-duties-first.txt': '云溪市北塘区人民政府|2024|SSSS|2025-01-20|按期',
  '137-county-water-bureau-no-other-matters.txt': '临江县水利局|2024|SSSS|2025-01-15|按期',
  '138-town-government-plans-by-year.txt': '青石镇人民政府|2024|SSSS|2025-01-10|按期',
  // Figures in multiples, fractions, shares and quoted terms; an attachment line before the signature.
  '139-county-transport-overload-units.txt': '河阳县交通运输局|2024|SSSS|2025-01-18|按期',
  '140-city-justice-bureau-mediation-legal-aid.txt': '江屿市司法局|2024|SSSS|2025-01-22|按期',
  '141-district-government-multiples-shares.txt': '南屏市松江区人民政府|2024|SSSS|2025-01-24|按期',
  '142-county-government-traditional-december.txt': '岚溪县人民政府|2024|SSSS|2024-12-27|按期',
  '143-city-justice-bureau-pdf-wrapped.txt': '江州市司法局|2024|SSSS|2025-02-14|按期',
  '144-district-market-bureau-markdown-links.md': '江屿市临港区市场监督管理局|2024|SSSS|2025-01-20|按期',
  '145-city-government-office-proposals.txt': '青澜市人民政府办公室|2024|SSSS|2025-01-20|按期',
  '146-county-approval-bureau-time-limits.txt': '河阳县行政审批服务局|2024|SSSS|2025-01-16|按期',
  '147-province-hrss-dept-multi-year.txt': '东川省人力资源和社会保障厅|2024|SSSS|2025-02-12|按期',
  '148-city-government-five-year-summary.txt': '青峡市人民政府|2025|SSSS|2026-01-20|按期',
  '149-county-justice-bureau-baiwu-pufa.txt': '柳川县司法局|2025|SSSS|2026-01-16|按期',
  '150-province-market-regulation-five-year-table.md': '江东省市场监督管理局|2025|SSSS|2026-02-10|按期',
  '151-city-petition-bureau-three-years.txt': '云岭市信访局|2024|SSSS|2025-01-22|按期',
  '152-county-government-fourteenth-plan.txt': '石屏县人民政府|2025|SSSS|2026-01-23|按期',
  '153-district-education-bureau-year-by-year.txt': '青川区教育局|2024|SSSS|2025-01-17|按期',
  '154-county-healthcare-security-bureau-fund-recovery.txt': '临溪县医疗保障局|2024|SSSS|2025-01-20|按期',
  '155-county-natural-resources-bureau-satellite-enforcement.txt': '青崖县自然资源局|2024|SSSS|2025-02-10|按期',
  '156-city-government-service-bureau-12345-hotline.md': '江沅市政务服务和数据管理局|2024|SSSS|2025-01-24|按期',
  '157-western-township-justice-office.txt': '沙柳湾镇人民政府|2025|SSSS|2026-01-16|按期',
  '158-county-veterans-affairs-bureau.txt': '柳岸县退役军人事务局|2025|SSSS|2026-01-20|按期',
  '159-city-eco-bureau-penalties.txt': '江屿市生态环境局|2025|SSSS|2026-02-06|按期',
  '160-county-urban-management-demolition.txt': '鹤汀县城市管理综合行政执法局|2024|SSSS|2025-01-21|按期',
  '161-city-water-resources-bureau-river-sand.txt': '渚川市水利局|2025|SSSS|2026-01-23|按期',
  '162-county-forestry-bureau-disclosure-table.txt': '松源县林业局|2024|SSSS|2025-02-10|按期',
  '163-city-industry-it-bureau-proposal-shares.txt': '江州市工业和信息化局|2025|SSSS|2026-02-06|按期',
  '164-prefecture-ethnic-religious-affairs-commission.txt': '青岚土家族苗族自治州民族宗教事务委员会|2024|SSSS|2025-01-24|按期',
  '165-city-fire-rescue-detachment.txt': '南浦市消防救援支队|2025|SSSS|2026-01-20|按期',
  '166-county-level-city-prefecture-approximate-rates.txt': '岚峰市人民政府|2025|SSSS|2026-01-26|按期',
  '167-district-commerce-bureau-prepaid-cards.txt': '梧桐区商务局|2025|SSSS|2026-01-23|按期',
  '168-city-government-offices-administration-markdown.md': '澄川市机关事务管理局|2025|SSSS|2026-01-21|按期',
  // 版头 and 文号 above a two-line title, the addressee, then an 附件 list, （此件主动公开） and 抄送 after the date.
  '169-city-foreign-affairs-office-gongwen.txt': '沂澄市人民政府外事办公室|2025|SSSS|2026-01-16|按期',
  // The 目录 under the title lists the part headings; the page headers restate the title.
  '170-county-archives-bureau-word-toc-headers.txt': '梅岙县档案局|2025|SSSS|2026-01-20|按期',
  '171-county-education-bureau-off-campus-training-table.txt': '檀溪县教育局|2025|SSSS|2026-01-22|按期',
  '172-subordinate-customs-office.txt': '青港海关|2025|SSSS|2026-01-20|按期',
  '173-state-council-bureau.txt': '国家地理信息局|2025|SSSS|2026-02-10|按期',
  // Six parts: the second, on the 2024 report's problems, is none of the four required.
  '174-province-government-six-parts.txt': '云江省人民政府|2025|SSSS|2026-02-13|按期',
  '175-provincial-dev-zone-empowerment.txt': '青峡经济开发区管理委员会|2025|SSSS|2026-01-16|按期',
  '176-municipality-subdistrict-grid.txt': '天津市滨湖区海棠街道办事处|2025|SSSS|2026-01-14|按期',
  '177-county-government-tab-table-quarterly-plans.txt': '桐川县人民政府|2025|SSSS|2026-01-21|按期',
  '178-xiang-mixed-chinese-numerals.txt': '石岭乡人民政府|2025|SSSS|2026-01-12|按期',
  // A title over two lines: the body on the first, the year on the second.
  '179-financial-regulatory-branch.txt': '国家金融监督管理总局江岭监管分局|2025|SSSS|2026-01-23|按期',
  '180-exit-entry-border-inspection-station.txt': '江岭出入境边防检查站|2025|SSSS|2026-01-19|按期',
  '181-town-government-yishi-paragraphs-2025.txt': '桃溪镇人民政府|2025|SSSS|2026-01-16|按期',
  '182-province-healthcare-security-two-row-table.txt': '云川省医疗保障局|2024|SSSS|2025-02-11|按期',
  '183-ftz-area-committee-markdown.md': '中国(江南)自由贸易试验区青港片区管理委员会|2025|SSSS|2026-01-20|按期',
  // The page's fields and its footer (主办：…… 承办：……) are residue: the signature's date is the closing date.
  '184-subdistrict-web-page-metadata.txt': '云杉路街道办事处|2024|SSSS|2025-01-24|按期',
  '185-maritime-safety-bureau-utf16be.txt': '江岭海事局|2023|SSSS|2024-01-18|按期',
  '186-guangdong-county-hk-variant-traditional.txt': '青榕县人民政府|2022|SSSS|2023-02-08|按期',
  // A cover page (title, body, 2025年1月) before a form feed: the closing date is the one under the text.
  '187-province-drug-administration-word-cover-page.txt': '岭东省药品监督管理局|2024|SSSS|2025-01-22|按期',
  '188-city-health-commission-2020.txt': '澄湖市卫生健康委员会|2020|SSSS|2021-01-28|按期',
  '189-prefecture-administrative-office-2021.txt': '青湖地区行政公署|2021|SSSS|2022-02-15|按期',
  // A joint report of the county's Party committee and government, both in the signature; the 签发人 line above the title is residue.
  '190-county-joint-party-government-word-tabs.txt': '中共梧川县委员会  梧川县人民政府|2023|SSSS|2024-01-26|按期',
  '191-city-local-finance-bureau-plans-table.txt': '锦川市地方金融监督管理局|2022|SSSS|2023-01-30|按期',
  '192-county-audit-bureau-bracket-labels.txt': '石溪县审计局|2022|SSSS|2023-02-03|按期',
  // Delivered to the 人大常委会 with no date below the text: the delivery date (——2026年3月18日在……会议上) dates it.
  '193-county-government-npc-speech.txt': '青峰县人民政府|2025|SSSS|2026-03-18|按期',
  '194-city-government-npc-speech.md': '江屿市人民政府|2025|SSSS|2026-02-26|按期',
  '195-county-health-bureau-pipe-table.txt': '青禾县卫生健康局|2025|SSSS|2026-02-12|按期',
  // Copied from a WeChat article: 来源/编辑/审核 and “- END -” after the date are residue.
  '196-city-civil-affairs-wechat-bold-lines.txt': '沧澜市民政局|2025|SSSS|2026-03-06|按期',
  // After the date a contact line, 抄送 and the 印发 line (2026年2月28日印发): the signature's date is the closing date.
  '197-autonomous-prefecture-annex-contact-footer.txt': '白鹭傣族自治州人民政府|2025|SSSS|2026-02-27|按期',
  '198-town-plans-numbered-under-part.txt': '柳湾镇人民政府|2025|SSSS|2026-01-20|按期',
  '199-province-statistics-bureau-nested-lists.md': '湖西省统计局|2025|SSSS|2026-02-09|按期',
  '200-city-justice-bureau-review-quarter-table.txt': '枫江市司法局|2025|SSSS|2026-02-16|按期',
  '201-subdistrict-one-paragraph-parts.txt': '青檀区云锦街道办事处|2025|SSSS|2026-01-23|按期',
  '202-county-city-numbered-causes.txt': '湘岭市人民政府|2025|SSSS|2026-02-06|按期',
  // The date above the 附表 (“附表：”, with its colon) is the closing date.
  '203-autonomous-prefecture-department-annex-table.md': '黔岭布依族苗族自治州人民政府|2025|SSSS|2026-01-28|按期',
  // The signature and the date above the 抄送 line and the 印发 line.
  '204-dev-zone-march-cc-plans-ordinal.txt': '潍岭经济技术开发区管理委员会|2025|SSSS|2026-03-03|按期',
  '205-province-government-dash-results.txt': '燕川省人民政府|2025|SSSS|2026-03-12|按期',
  '206-town-2024-duties-by-leader.txt': '赣溪县石桥镇人民政府|2024|SSSS|2025-02-12|按期',
  '207-county-emergency-bureau-first-person-2024.txt': '滦川县应急管理局|2024|SSSS|2025-01-22|按期',
  '208-city-hrss-fullwidth-percent.txt': '青澜市人力资源和社会保障局|2025|SSSS|2026-02-10|按期',
  '209-province-communications-administration-2023.md': '西江省通信管理局|2023|SSSS|2024-02-05|按期',
  '210-county-fire-brigade-dash-items.txt': '岩泉县消防救援大队|2025|SSSS|2026-01-16|按期',
  // A PDF's text with a blank on either side of every run of digits (“2025 年 3 月 12 日”).
  '211-city-trading-center-pdf-spaced-digits-2024.txt': '桂岭市公共资源交易中心|2024|SSSS|2025-03-12|按期',
  // A principal leader's report on his own duties: he reports, and its first part is both his measures and his duties.
  '212-county-drc-first-responsible-person.txt': '澧川县发展和改革局党组书记、局长|2025|SSSS|2026-01-28|按期',
  '213-henan-town-short-named-leaders.txt': '双河镇人民政府|2025|SSSS|2026-01-20|按期',
  // The attachment note listed after the date and the attachments printed below it: the date above them is found.
  '214-shanxi-county-docnumber-annexes-after-date.txt': '晋川县人民政府|2025|SSSS|2026-02-06|按期',
  '215-liaoning-prefecture-city-2024-two-years.txt': '渤江市人民政府|2024|SSSS|2025-02-18|按期',
  '216-hubei-district-causes-subsection-fifteenth-plan.txt': '荆川市沙洲区人民政府|2025|SSSS|2026-01-28|按期',
  '217-shaanxi-province-leaders-by-office.txt': '秦川省人民政府|2025|SSSS|2026-03-12|按期',
  '218-jilin-new-area-overview-cases.txt': '鹤松新区管理委员会|2025|SSSS|2026-01-26|按期',
  '219-city-ipr-bureau-figure-endings-2024.txt': '皖江市知识产权局|2024|SSSS|2025-01-20|按期',
  '220-county-supply-cooperative-short.txt': '秦川县供销合作社联合社|2025|SSSS|2026-01-16|按期',
  '221-city-public-security-bureau-2023.md': '鄂江市公安局|2023|SSSS|2024-02-06|按期',
  '222-district-justice-bureau-parenthesized-bases.txt': '吉兴市松湖区司法局|2025|SSSS|2026-02-12|按期',
  '223-province-prison-administration-targets-2024.txt': '河洛省监狱管理局|2024|SSSS|2025-02-26|按期',
  '224-city-overseas-chinese-office-first-person-duties.txt': '椰州市人民政府侨务办公室|2025|SSSS|2026-02-03|按期',
  '225-qinghai-prefecture-county-table.txt': '海岭藏族自治州人民政府|2025|SSSS|2026-01-20|按期',
  '226-shanghai-district-bold-headings-first-person.md': '上海市临浦区人民政府|2025|SSSS|2026-01-28|按期',
  '227-tibet-xiang-2024-quarterly.txt': '拉岗乡人民政府|2024|SSSS|2025-01-16|按期',
  '228-ningxia-county-city-numbered-targets.txt': '贺峡市人民政府|2025|SSSS|2026-02-03|按期',
  '229-xinjiang-dev-zone-other-matters-none.txt': '天湖经济技术开发区管理委员会|2025|SSSS|2026-01-22|按期',
  '230-jiangsu-city-docnumbers-chinese-date.txt': '淮澄市人民政府|2025|SSSS|2026-02-10|按期',
  '231-jiangxi-county-civil-affairs-problem-cause-pairs-2024.txt': '松岗县民政局|2024|SSSS|2025-01-24|按期',
  '232-zhejiang-market-supervision-station-short.txt': '瓯源县市场监督管理局城东市场监督管理所|2025|SSSS|2026-01-16|按期',
  '233-sichuan-city-agriculture-bureau-annex-table-2023.txt': '岷阳市农业农村局|2023|SSSS|2024-01-26|按期',
  '234-guangdong-city-commerce-bureau-yishi-rates.txt': '南浦市商务局|2025|SSSS|2026-02-10|按期',
  '235-hebei-county-statistics-bureau-plan-completion-2023.txt': '桑台县统计局|2023|SSSS|2024-02-06|按期',
  '236-yunnan-city-forestry-grassland-mixed-money.txt': '苍岭市林业和草原局|2025|SSSS|2026-01-20|按期',
  '237-guangxi-subdistrict-2023-yishi-unheaded.txt': '榕湖街道办事处|2023|TTTT|2024-01-16|按期',
  '238-guizhou-county-wechat-review-rates.md': '岚坪县人民政府|2025|SSSS|2026-02-10|按期',
  '239-hunan-prefecture-city-quarter-plans.txt': '潇阳市人民政府|2025|SSSS|2026-03-06|按期',
  '240-heilongjiang-prefecture-office-yoy-every-figure.txt': '兴岭地区行政公署|2025|SSSS|2026-01-28|按期',
  '241-shandong-subprovincial-district-pipe-table.md': '胶湾市崂湾区|2025|SSSS|2026-01-22|按期',
  '242-chongqing-town-first-person-cause-labels.txt': '石岭区花溪镇人民政府|2025|SSSS|2026-01-12|按期',
  '243-hunan-county-health-bureau-last-year-parentheses-2024.txt': '澧源县卫生健康局|2024|SSSS|2025-01-17|按期',
  '244-shandong-city-education-bureau-duties-table.md': '泺川市教育局|2025|SSSS|2026-02-09|按期',
  '245-anhui-city-transport-bureau-ten-plans-2022.txt': '淠城市交通运输局|2022|SSSS|2023-01-31|按期',
  '246-guangxi-district-emergency-bureau-industry-shares.txt': '桂川市榕溪区应急管理局|2025|SSSS|2026-01-26|按期',
  '247-guizhou-city-audit-bureau-chinese-numeral-title-2023.txt': '筑川市审计局|2023|SSSS|2024-01-25|按期',
  '248-hainan-county-tax-bureau-plan-deadlines.txt': '国家税务总局琼岭县税务局|2025|SSSS|2026-01-23|按期',
  '249-inner-mongolia-banner-2022-outline-midterm.txt': '乌兰河旗人民政府|2022|SSSS|2023-02-10|按期',
  '250-fujian-district-ten-actions-heading-count.txt': '闽川市屏溪区人民政府|2025|SSSS|2026-01-28|按期',
  '251-gansu-ethnic-xiang-short-bracket-bases.txt': '河源东乡族自治县达坂乡|2025|SSSS|2026-01-20|按期',
  '252-shanxi-city-annex-review-quarter-table.txt': '汾川市人民政府|2025|SSSS|2026-02-12|按期',
  '253-tianjin-dev-zone-monthly-plans.txt': '天津海河湾经济技术开发区管理委员会|2025|SSSS|2026-01-22|按期',
  '254-beijing-subdistrict-first-person-hotline-jiuqi.txt': '北京市潮白区青杨街道办事处|2025|SSSS|2026-01-16|按期',
  '255-fujian-city-housing-bureau-wan-decimals-2024.txt': '闽溪市住房和城乡建设局|2024|SSSS|2025-02-10|按期',
  '256-gansu-city-hrss-docnumber-special-report-2023.txt': '陇川市人力资源和社会保障局|2023|SSSS|2024-02-06|按期',
  '257-jiangsu-city-culture-tourism-bureau-absolute-changes.txt': '淮澄市文化广电和旅游局|2025|SSSS|2026-01-22|按期',
  '258-jiangxi-city-local-chronicles-office-quarters.txt': '赣岭市地方志办公室|2025|SSSS|2026-01-12|按期',
  '259-hebei-county-justice-bureau-mediation-by-township-2022.txt': '滹阳县司法局|2022|SSSS|2023-01-18|按期',
  '260-province-natural-resources-dept-reconsideration-targets-2024.txt': '江东省自然资源厅|2024|SSSS|2025-01-20|按期',
  '261-jilin-korean-prefecture-leaders-shufa-named.txt': '松兰朝鲜族自治州人民政府|2025|SSSS|2026-02-06|按期',
  '262-liaoning-town-village-subtotal-table.txt': '绥河县大甸镇人民政府|2025|SSSS|2026-01-20|按期',
  '263-yunnan-province-wan-yi-shares-by-prefecture.txt': '云岭省人民政府|2025|SSSS|2026-03-12|按期',
  '264-qinghai-subdistrict-chinese-numeral-decimals.txt': '湟州市河湟区柳湾街道办事处|2025|SSSS|2026-01-14|按期',
  '265-ningxia-county-bold-unnumbered-subheadings.md': '黄渠县人民政府|2025|SSSS|2026-02-10|按期',
  // “三、存在的不足及2026年工作打算” is both the shortcomings and the plans.
  '266-hubei-county-city-problems-paired-with-plans.txt': '楚源市人民政府|2025|SSSS|2026-01-27|按期',
  '267-shaanxi-city-earthquake-bureau-fraction-rates-2020.txt': '秦源市地震局|2020|SSSS|2021-01-22|按期',
  '268-henan-city-rural-revitalization-bureau-key-data-2021.txt': '豫澄市乡村振兴局|2021|SSSS|2022-01-28|按期',
  '269-liaoning-survey-team-problem-cause-table-2023.txt': '国家统计局辽滨调查队|2023|SSSS|2024-01-26|按期',
  // Signed by the bureau's Party group (中共……党组): the body is the title's.
  '270-jiangsu-city-landscaping-bureau-party-group-signature.txt': '吴澄市园林和绿化管理局|2024|SSSS|2025-02-10|按期',
  '271-xinjiang-city-animal-husbandry-bureau-targets-2025.txt': '天澜市畜牧兽医局|2025|SSSS|2026-01-16|按期',
  '272-shanxi-city-cultural-relics-bureau-typical-cases.txt': '晋澄市文物局|2024|SSSS|2025-02-14|按期',
  '273-ningxia-town-shouxian-qici-2026.txt': '红柳湾镇人民政府|2026|SSSS|2027-01-20|按期',
  '274-qinghai-county-guanyu-sections-2026.txt': '柏源县人民政府|2026|SSSS|2027-02-06|按期',
  '275-jilin-city-overview-fifteenth-plan-2026.txt': '江桦市人民政府|2026|SSSS|2027-03-10|按期',
  '276-inner-mongolia-city-grain-bureau-plans-answer-problems.txt': '哈日塔拉市粮食和物资储备局|2026|SSSS|2027-01-28|按期',
  '277-hubei-county-meteorological-bureau-dunhao-items.txt': '荆阳县气象局|2026|SSSS|2027-01-15|按期',
  // The data note below the date (注：1．…… / 2．……) leaves the date the closing date.
  '278-hainan-province-tourism-dept-data-notes.txt': '琼南省旅游和文化广电体育厅|2026|SSSS|2027-02-26|按期',
  '279-anhui-county-city-fourteenth-plan-cumulative.txt': '桐岭市人民政府|2025|SSSS|2026-02-12|按期',
  '280-shanghai-subdistrict-joint-signature-2026.txt': '浦岚街道办事处|2026|SSSS|2027-01-26|按期',
  '281-chongqing-district-bracket-headings.txt': '重庆市石溪区人民政府|2025|SSSS|2026-01-30|按期',
  '282-tibet-city-county-breakdown-2026.txt': '雪曲市人民政府|2026|SSSS|2027-02-03|按期',
  '283-shaanxi-hightech-zone-indicator-table-2026.txt': '秦川高新技术产业开发区管理委员会|2026|SSSS|2027-03-08|按期',
  '284-henan-xiang-per-village-counts.txt': '槐店乡人民政府|2025|SSSS|2026-01-16|按期',
  '285-anhui-county-agriculture-bureau-homestead-points-2026.txt': '淝水县农业农村局|2026|SSSS|2027-01-22|按期',
  '286-zhejiang-city-defense-mobilization-office-circled-items-2026.txt': '甬湾市国防动员办公室|2026|SSSS|2027-02-08|按期',
  '287-hebei-city-investment-promotion-bureau-2022.txt': '滦阳市投资促进局|2022|SSSS|2023-01-16|按期',
  '288-heilongjiang-county-traffic-police-brigade-month-timeline.txt': '松河县公安局交通警察大队|2025|SSSS|2026-01-19|按期',
  '289-guangxi-city-culture-market-enforcement-detachment-shares.txt': '邕湾市文化市场综合行政执法支队|2025|SSSS|2026-02-10|按期',
  '290-hunan-city-science-technology-bureau-practice-result-lines-2021.txt': '湘澧市科学技术局|2021|SSSS|2022-01-25|按期',
  '297-shandong-city-ocean-fishery-bureau-half-years-2026.txt': '琅岱市海洋发展和渔业局|2026|SSSS|2027-02-06|按期',
  '298-hubei-city-radio-television-bureau-lead-office-notes-2026.txt': '荆沔市广播电视局|2026|SSSS|2027-01-28|按期',
  '299-fujian-city-taiwan-affairs-office-contact-lines-2022.txt': '闽溪市人民政府台湾事务办公室|2022|SSSS|2023-01-16|按期',
  '300-shanxi-city-energy-bureau-confiscation-split-2025.txt': '汾晋市能源局|2025|SSSS|2026-01-27|按期',
  '301-guangdong-city-port-bureau-times-changes-2025.txt': '珠岚市港务局|2025|SSSS|2026-01-20|按期',
  '302-liaoning-city-agriculture-enforcement-detachment-field-shares-2024.txt': '辽榆市农业综合行政执法支队|2024|SSSS|2025-01-23|按期',
  '309-jiangxi-city-intellectual-property-bureau-of-accepted-2026.txt': '柘溪市知识产权局|2026|SSSS|2027-01-18|按期',
  '310-gansu-county-housing-construction-bureau-chinese-date-2022.txt': '陇川县住房和城乡建设局|2022|SSSS|2023-02-10|按期',
  '311-zhejiang-city-public-resource-trading-office-bracket-labels.txt': '瓯宁市公共资源交易管理办公室|2025|SSSS|2026-01-26|按期',
  '312-hunan-county-forestry-bureau-forest-chiefs-2026.txt': '溆岭县林业局|2026|SSSS|2027-01-12|按期',
  '313-guizhou-city-sasac-enterprises-of-total-2023.txt': '黔岭市人民政府国有资产监督管理委员会|2023|SSSS|2024-01-30|按期',
  '314-hebei-city-labor-inspection-detachment-fenbie-shares-2024.txt': '滦阳市劳动保障监察支队|2024|SSSS|2025-01-20|按期',
  '321-shandong-city-social-insurance-center-responsible-units-2026.txt': '岱阳市社会保险事业中心|2026|SSSS|2027-01-22|按期',
  '322-jiangsu-city-housing-security-bureau-notice-docnumber-2026.txt': '云锡市住房保障和房产管理局|2026|SSSS|2027-02-03|按期',
  '323-zhejiang-city-labor-arbitration-court-semicolon-figures-2022.txt': '东瓯市劳动人事争议仲裁院|2022|SSSS|2023-01-16|按期',
  '324-hunan-hydrology-center-aspect-subheadings-2025.txt': '沅江水文水资源勘测中心|2025|SSSS|2026-01-20|按期',
  '325-sichuan-county-government-office-causes-paragraph-2026.txt': '青衣县人民政府办公室|2026|SSSS|2027-01-25|按期',
  '326-guangdong-province-civil-affairs-dept-province-level-split-2024.txt': '岭南省民政厅|2024|SSSS|2025-01-28|按期',
  '333-ningxia-city-urban-enforcement-key-data-list-2026.txt': '贺兰川市城市管理综合行政执法局|2026|SSSS|2027-02-10|按期',
  '334-shanxi-county-approval-bureau-bracket-fractions-2022.txt': '沁川县行政审批服务管理局|2022|SSSS|2023-01-16|按期',
  '335-jiangxi-city-local-finance-bureau-party-group-chinese-date-2026.txt': '中共章江市地方金融管理局党组|2026|SSSS|2027-01-20|按期',
  '336-hebei-county-public-security-bureau-problem-cause-table-2025.txt': '青滦县公安局|2025|SSSS|2026-01-22|按期',
  '337-yunnan-city-development-reform-commission-tendering-credit-2026.txt': '苍洱市发展和改革委员会|2026|SSSS|2027-01-28|按期',
  '338-guizhou-province-transport-dept-plans-answer-shortcomings-2025.txt': '黔中省交通运输厅|2025|SSSS|2026-02-26|按期',
  '339-jilin-county-plan-completion-shares-2026.txt': '松原河县人民政府|2026|SSSS|2027-02-06|按期',
  '340-liaoning-subdistrict-five-year-base-2020.txt': '营川市滨海区金沙街道办事处|2025|SSSS|2026-01-15|按期',
  '341-chongqing-dev-zone-month-deadline-plans-2026.txt': '渝江经济技术开发区管理委员会|2026|SSSS|2027-02-27|按期',
  '342-henan-county-civil-affairs-bureau-households-persons-copy-to.txt': '淇源县民政局|2025|SSSS|2026-02-12|按期',
  '343-shaanxi-city-defense-mobilization-office-parenthesized-arabic-items-2026.txt': '秦原市国防动员办公室|2026|SSSS|2027-01-23|按期',
  '344-qinghai-district-health-bureau-data-cutoff-note.txt': '湟宁市城中区卫生健康局|2025|SSSS|2026-03-10|按期',
  '345-inner-mongolia-banner-government-annual-targets-2026.txt': '乌兰套海旗人民政府|2026|SSSS|2027-02-03|按期',
  '346-xinjiang-city-government-absolute-differences.txt': '雪湖市人民政府|2025|SSSS|2026-02-10|按期',
  '347-shanghai-subdistrict-dash-led-items-2026.txt': '滨江路街道办事处|2026|SSSS|2027-01-20|按期',
  '348-heilongjiang-county-culture-tourism-bureau-arabic-comma-items.txt': '松岭县文化广电和旅游局|2025|SSSS|2026-01-28|按期',
  '349-beijing-district-water-authority-attachment-list-2026.txt': '北京市清河区水务局|2026|SSSS|2027-03-06|按期',
  '350-tianjin-city-archives-problem-cause-labels.txt': '津沽市档案馆|2025|SSSS|2026-02-16|按期',
  '351-tibet-county-township-shares-wan-renci-2026.txt': '朗嘎县人民政府|2026|SSSS|2027-01-26|按期',
  '352-anhui-subdistrict-numbered-problems-cause-lines.txt': '凤鸣街道办事处|2025|SSSS|2026-01-20|按期',
  '353-guangxi-dev-zone-plan-task-table-2026.md': '云洲港经济开发区管理委员会|2026|SSSS|2027-02-08|按期',
  '354-jiangsu-city-government-offices-administration-section-table.md': '澄州市机关事务管理局|2025|SSSS|2026-02-12|按期',
  '355-gansu-county-media-center-two-named-leaders-2026.txt': '洮北县融媒体中心|2026|SSSS|2027-01-18|按期',
  '356-fujian-district-veterans-bureau-running-paragraph-numbers.txt': '湄江区退役军人事务局|2025|SSSS|2026-01-22|按期',
  '357-sichuan-county-city-township-shares-wan-yi-2026.txt': '岷川市人民政府|2026|SSSS|2027-02-26|按期',
  '358-heilongjiang-city-government-lead-units-month-deadlines.txt': '北岭市人民政府|2025|SSSS|2026-03-12|按期',
  '359-hainan-city-medical-security-bureau-section-table-2026.md': '琼湾市医疗保障局|2026|SSSS|2027-01-22|按期',
  '360-tianjin-district-fire-rescue-detachment-colon-prior-year.txt': '滨澜区消防救援支队|2025|SSSS|2026-01-28|按期',
  '361-yunnan-city-housing-fund-center-withdrawal-table-2026.md': '苍屏市住房公积金管理中心|2026|SSSS|2027-02-09|按期',
  '362-inner-mongolia-banner-supply-cooperative-two-named-leaders.txt': '额仁套勒旗供销合作社联合社|2025|SSSS|2026-02-27|按期',
  '363-xinjiang-prefecture-xiang-chinese-numeral-counts-2026.txt': '阔克苏乡人民政府|2026|SSSS|2027-01-20|按期',
  '364-shanghai-district-outline-eight-areas-deputies.txt': '浦汇区人民政府|2025|SSSS|2026-02-10|按期',
  '365-guangdong-city-government-rectification-counts-2026.txt': '岭海市人民政府|2026|SSSS|2027-02-08|按期',
  '366-hubei-city-real-estate-registration-center-circled-items.txt': '荆川市不动产登记中心|2025|SSSS|2026-01-16|按期',
  '367-henan-province-hrss-dept-statewide-arbitration-2026.txt': '河洛省人力资源和社会保障厅|2026|SSSS|2027-01-25|按期',
  '368-hebei-county-comprehensive-enforcement-bureau-key-data-annex.txt': '滦西县综合行政执法局|2025|SSSS|2026-02-06|按期',
  '369-beijing-district-meteorological-bureau-quarterly-counts-2026.txt': '西峪区气象局|2026|SSSS|2027-01-20|按期',
  '370-tibet-city-government-bracketed-rate-counts.txt': '岗日市人民政府|2025|SSSS|2026-02-12|按期',
  '371-jiangxi-county-city-named-leaders-prior-period-2026.txt': '瑞川市人民政府|2026|SSSS|2027-02-08|按期',
  '372-shandong-county-tobacco-monopoly-bureau-joint-company-name.txt': '沂东县烟草专卖局(营销部)|2025|SSSS|2026-01-23|按期',
  '373-zhejiang-town-half-year-counts-shouxian-2026.txt': '桐岭镇人民政府|2026|SSSS|2027-02-08|按期',
  '374-shanxi-province-drug-administration-slash-fractions.txt': '汾川省药品监督管理局|2025|SSSS|2026-01-20|按期',
  '375-liaoning-city-grain-reserve-bureau-yifangmian-2026.txt': '岚河市粮食和物资储备局|2026|SSSS|2027-01-26|按期',
  '380-guangxi-autonomous-county-problem-cause-measure-table.md': '岚溪瑶族自治县人民政府|2025|SSSS|2026-02-10|按期',
  '381-heilongjiang-town-secretary-first-person-key-figure-annex-2026.txt': '松岗镇人民政府|2026|SSSS|2027-01-26|按期',
  '382-yunnan-county-health-enforcement-brigade-clinic-shares-permyriad-2026.txt': '明川县卫生健康综合监督执法大队|2026|SSSS|2027-02-03|按期',
  '383-gansu-county-education-bureau-school-shares-per-capita.txt': '洮川县教育局|2025|SSSS|2026-02-05|按期',
  '376-hunan-county-justice-bureau-review-outcome-sums-2026.txt': '沅溪县司法局|2026|SSSS|2027-01-22|按期',
  '377-shaanxi-county-government-litigation-appearance-rates.txt': '安塬县人民政府|2025|SSSS|2026-02-10|按期',
  '378-guizhou-city-public-resources-trading-center-three-years.txt': '黔川市公共资源交易中心|2025|SSSS|2026-01-26|按期',
  '379-jilin-county-city-chinese-numeral-years-2026.txt': '白岭市人民政府|2026|SSSS|2027-01-20|按期',
  '291-tianjin-district-arabic-items-under-parts-2026.txt': '天津市海澄区人民政府|2026|SSSS|2027-02-09|按期',
  '292-guizhou-autonomous-county-against-named-year.txt': '榕溪苗族侗族自治县人民政府|2025|SSSS|2026-01-30|按期',
  '293-hainan-county-city-overview-figures-2026.txt': '琼澜市人民政府|2026|SSSS|2027-01-22|按期',
  '294-shandong-subdistrict-arabic-part-numbers.txt': '泺川区柳泉街道办事处|2025|SSSS|2026-02-06|按期',
  '295-sichuan-town-shortboard-labels-yiyao-2026.txt': '岷溪县青杠镇人民政府|2026|SSSS|2027-01-15|按期',
  '296-inner-mongolia-league-banner-breakdown.txt': '锡尔塔盟行政公署|2025|SSSS|2026-02-12|按期',
  '303-jiangxi-county-city-last-year-in-brackets.txt': '瑞溪市人民政府|2025|SSSS|2026-02-10|按期',
  '304-shanghai-district-indicator-targets-2026.txt': '滨浦区人民政府|2026|SSSS|2027-01-26|按期',
  '305-chongqing-subdistrict-bracket-part-headings-2026.txt': '桂湾街道办事处|2026|SSSS|2027-01-18|按期',
  '306-yunnan-prefecture-dash-labelled-measures.txt': '苍岭彝族自治州人民政府|2025|SSSS|2026-03-06|按期',
  '307-xinjiang-dev-zone-markdown-comparison-table-2026.md': '伊湖经济技术开发区管理委员会|2026|SSSS|2027-01-22|按期',
  '308-tibet-xiang-quantified-shortcomings.txt': '朗措乡人民政府|2025|SSSS|2026-01-16|按期',
  '315-beijing-town-shared-base-rates-2026.txt': '北京市西山区云岗镇人民政府|2026|SSSS|2027-01-20|按期',
  '316-tianjin-town-year-end-cutoff.txt': '天津市滨河区潮音镇|2025|SSSS|2026-02-09|按期',
  '317-guangxi-county-percentage-point-changes-2026.txt': '桂江县人民政府|2026|SSSS|2027-02-03|按期',
  '318-anhui-city-county-shares-fourteenth-plan-close.txt': '淮岭市人民政府|2025|SSSS|2026-03-06|按期',
  '319-chongqing-county-principal-wording-2026.txt': '重庆市石柱溪县人民政府|2026|SSSS|2027-01-28|按期',
  '320-hainan-park-statutory-body-2025.txt': '海南椰湾产业园区管理局|2025|SSSS|2026-01-23|按期',
  '327-qinghai-prefecture-leaders-shufa-paragraphs-2026.txt': '玉湖藏族自治州人民政府|2026|SSSS|2027-02-03|按期',
  '328-ningxia-town-village-subtotal-table.md': '沙泉县红崖镇人民政府|2025|SSSS|2026-01-16|按期',
  '329-shaanxi-county-city-merged-problems-plans-2026.txt': '秦原市人民政府|2026|SSSS|2027-01-27|按期',
  '330-henan-subdistrict-chinese-numeral-counts.txt': '伊水市东城区杏坛街道办事处|2025|SSSS|2026-01-22|按期',
  '331-jilin-province-government-city-shares-wan-2026.txt': '雪原省人民政府|2026|SSSS|2027-03-12|按期',
  '332-hubei-county-bold-unnumbered-measures.md': '青竹县人民政府|2025|SSSS|2026-02-10|按期',
  '384-chongqing-subdistrict-dispute-kinds-quarter-deadlines-2026.txt': '渝江区桂湾街道办事处|2026|SSSS|2027-01-18|按期',
  '385-ningxia-city-government-yi-wan-funds-root-causes.txt': '西岩市人民政府|2025|SSSS|2026-02-10|按期',
  '386-qinghai-city-justice-bureau-channel-shares-document-number-2026.txt': '柳湟市司法局|2026|SSSS|2027-01-25|按期',
  '387-hainan-county-market-bureau-sampling-grades-subtotal-table.md': '临澜县市场监督管理局|2025|SSSS|2026-01-28|按期',
  '388-anhui-district-government-simple-ordinary-procedure-hearings-2026.txt': '清溪市湖东区人民政府|2026|SSSS|2027-01-18|按期',
  '389-fujian-province-natural-resources-dept-city-shares-wan.txt': '闽江省自然资源厅|2025|SSSS|2026-02-06|按期',
  '390-jiangsu-county-government-filing-review-rates-paired-plans.txt': '沭河县人民政府|2025|SSSS|2026-01-26|按期',
  '391-sichuan-city-offices-administration-bureau-average-days-2026.txt': '锦岭市机关事务管理局|2026|SSSS|2027-02-03|按期',
  '392-xinjiang-county-government-word-fullwidth-digits-2026.txt': '塔木县人民政府|2026|SSSS|2027-02-10|按期',
  '393-shanghai-district-greening-bureau-prior-year-brackets.txt': '滨江区绿化和市容管理局|2025|SSSS|2026-01-20|按期',
  '394-beijing-district-sports-bureau-paren-plans-2026.txt': '北京市青川区体育局|2026|SSSS|2027-01-28|按期',
  '395-hunan-yao-ethnic-xiang-summary-plan-gb18030-crlf.txt': '桂岭瑶族乡人民政府|2025|SSSS|2026-01-09|按期',
  '396-guangdong-province-justice-dept-wps-markdown-tables.md': '南岭省司法厅|2025|SSSS|2026-02-12|按期',
  '397-zhejiang-maritime-bureau-fifteenth-plan-2026.txt': '长岭海事局|2026|SSSS|2027-01-22|按期',
  '398-hubei-province-government-general-office-docx-tab-numbering.txt': '江川省人民政府办公厅|2025|SSSS|2026-01-20|按期',
  '399-guangxi-region-water-dept-hk-converter-traditional-2024.txt': '邕江壮族自治区水利厅|2024|SSSS|2025-01-24|按期',
  '400-hebei-county-wan-yi-percentage-points-fourteenth-close.txt': '滏川县人民政府|2025|SSSS|2026-02-06|按期',
  '401-sichuan-county-procuratorate-member-unit-diyi-items.txt': '岷川县人民检察院|2025|SSSS|2026-01-16|按期',
  '402-shanxi-mine-safety-bureau-tab-indicator-table.txt': '国家矿山安全监察局河岭局|2025|SSSS|2026-01-23|按期',
  // The shortcomings are the measures part's last subsection, under “一、主要举措、成效及存在的不足”.
  '403-jiangxi-prefecture-city-merged-measures-shortcomings.txt': '章川市人民政府|2025|SSSS|2026-02-10|按期',
};

const PRESENCE: Record<string, string> = { 有标题: 'S', 仅有文字: 'T', 缺失: '-' };

describe('summary of the unseen drafts', () => {
  it('reads body, year, parts and closing date of every draft right', async () => {
    const { stdout, stderr } = await run(['summary', '.', '--format', 'csv'], DRAFTS);
    expect(stderr).toBe('');
    const [header, ...rows] = stdout.slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
    const col = (name: string) => header!.indexOf(name);
    const parts = ['主要举措和成效', '存在的不足和原因', '党政主要负责人履行推进法治建设第一责任人职责情况', '下一年度主要安排'].map(col);
    expect(parts).not.toContain(-1);
    const got: Record<string, string> = {};
    for (const row of rows.filter((r) => r[0] !== '合计')) {
      const file = row[col('文件')]!.split('/').pop()!;
      if (!/^\d+-/.test(file)) continue;
      got[file] = [
        row[col('报告主体')],
        row[col('年度')],
        parts.map((i) => PRESENCE[row[i]!] ?? row[i]).join(''),
        row[col('成文日期')],
        row[col('成文日期是否按期')],
      ].join('|');
    }
    expect(got).toEqual(expected);
  });
});
