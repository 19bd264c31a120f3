package taizhang.extract;

import java.util.List;
import taizhang.extract.defect.Defect;
import taizhang.extract.defect.Script;
import taizhang.extract.entity.DateMention;
import taizhang.extract.entity.DocumentTitle;
import taizhang.extract.entity.MeasureFields;
import taizhang.extract.entity.Organisation;
import taizhang.extract.entity.StatusCue;
import taizhang.extract.quantity.Quantity;
import taizhang.extract.structure.Structure;

/**
 * Everything read from one rectification report (整改进展报告). Every offset is a UTF-16 index
 * into {@link #text}, the decoded original; names and units are given in Simplified Chinese.
 *
 * @param doc the document's name (the file name when known), may be null
 * @param text the decoded text, exactly as the offsets count it
 * @param bodyEnd where the report text ends: a site footer after it (Copyright, ICP备) is ignored
 * @param reportYear the year relative dates were resolved against, given or inferred
 * @param script whether the report is written in Traditional or Simplified characters
 * @param source how the bytes were read
 * @param structure sections, numbered problems and their measures
 * @param quantities every measured amount, in text order
 * @param dates dates and periods, as ISO ranges
 * @param titles document titles 《…》
 * @param organisations bodies and places named
 * @param statuses the status suggested for each measure that states one, with the deciding words
 * @param defects places where the text is broken as data
 * @param fields for each measure that states them, its units, leader, deadline and what is done
 */
public record Report(
        String doc,
        String text,
        int bodyEnd,
        int reportYear,
        Script script,
        Source source,
        Structure structure,
        List<Quantity> quantities,
        List<DateMention> dates,
        List<DocumentTitle> titles,
        List<Organisation> organisations,
        List<StatusCue> statuses,
        List<Defect> defects,
        List<MeasureFields> fields) {

    public Report {
        fields = List.copyOf(fields);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        titles = List.copyOf(titles);
        organisations = List.copyOf(organisations);
        statuses = List.copyOf(statuses);
        defects = List.copyOf(defects);
    }
}
