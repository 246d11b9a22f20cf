package org.motcua.records.service;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF holds that a scanned or printed paper never does: JavaScript, actions that launch programs or submit
 * forms, embedded or attached files, XFA forms, rich media. Every object of the file is looked at — those the page
 * tree reaches and those only its cross-reference table lists — whatever dictionary refers to it, so that nothing
 * hides behind an unusual path.
 */
final class ActiveContent {

    private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
    private static final COSName IMPORT_DATA = COSName.getPDFName("ImportData");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    private ActiveContent() {
    }

    /** What the document holds that is refused, named for the person who uploaded it; empty if nothing. */
    static Optional<String> in(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> next = new ArrayDeque<>();
        next.push(document.getDocument().getTrailer());
        for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
            COSObject object = document.getDocument().getObjectFromPool(key);
            if (object != null) {
                next.push(object);
            }
        }
        while (!next.isEmpty()) {
            COSBase base = next.pop();
            if (base instanceof COSObject object) {
                base = object.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                Optional<String> found = refused(dictionary);
                if (found.isPresent()) {
                    return found;
                }
                dictionary.getValues().forEach(next::push);
            } else if (base instanceof COSArray array) {
                array.forEach(next::push);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> refused(COSDictionary d) {
        COSName action = d.getCOSName(COSName.S);
        if (d.containsKey(COSName.JS) || JAVA_SCRIPT.equals(action) || d.containsKey(JAVA_SCRIPT)) {
            return Optional.of("mã JavaScript");
        }
        if (LAUNCH.equals(action)) {
            return Optional.of("lệnh chạy chương trình");
        }
        if (SUBMIT_FORM.equals(action) || IMPORT_DATA.equals(action)) {
            return Optional.of("lệnh gửi hoặc nạp dữ liệu biểu mẫu");
        }
        if (d.containsKey(COSName.EMBEDDED_FILES) || d.containsKey(COSName.EF) || EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(d.getCOSName(COSName.SUBTYPE))) {
            return Optional.of("tệp đính kèm");
        }
        if (d.containsKey(COSName.XFA)) {
            return Optional.of("biểu mẫu XFA");
        }
        if (RICH_MEDIA.equals(d.getCOSName(COSName.SUBTYPE))) {
            return Optional.of("nội dung đa phương tiện nhúng");
        }
        return Optional.empty();
    }
}
