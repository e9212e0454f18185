package cn.gov.yongzhou.qingfeng.intake;

import java.nio.file.Path;

/** A file as it arrived in a multipart request, before anything is believed about it. */
public record IncomingFile(String fileName, Path path, long size) {
}
