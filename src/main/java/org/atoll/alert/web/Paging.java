package org.atoll.alert.web;

import java.util.ArrayList;
import java.util.List;

import org.atoll.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of a long list (alert search, hit queue): {@code page} counts from 0, {@code size} rows
 * per page (at most 500; the older {@code limit} parameter still sets the size). One row more than
 * the page is read to know whether a next page exists; the API answers with the page as a JSON
 * array and RFC 8288 {@code Link} headers ({@code rel="next"}, {@code rel="prev"}).
 */
public record Paging(int page, int size) {

    static final int MAX_SIZE = 500;
    static final int MAX_PAGE = 100_000;

    static Paging of(Integer page, Integer size, Integer limit, int defaultSize) {
        int p = page == null ? 0 : page;
        if (p < 0 || p > MAX_PAGE) {
            throw InvalidRequestException.field("page", "A page number from 0 to " + MAX_PAGE + ".");
        }
        Integer asked = size != null ? size : limit;
        int s = asked == null ? defaultSize : Math.max(1, Math.min(asked, MAX_SIZE));
        return new Paging(p, s);
    }

    int offset() {
        return page * size;
    }

    /** How many rows to read: the page and one more. */
    int fetch() {
        return size + 1;
    }

    <T> Page<T> cut(List<T> rows) {
        boolean more = rows.size() > size;
        return new Page<>(more ? new ArrayList<>(rows.subList(0, size)) : rows, page, size, more);
    }

    public record Page<T>(List<T> rows, int page, int size, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public int first() {
            return page * size + 1;
        }

        public int last() {
            return page * size + rows.size();
        }

        /** The rows as the API's answer, with links to the neighbouring pages. */
        <V> ResponseEntity<List<V>> response(List<V> body) {
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
            List<String> links = new ArrayList<>();
            if (hasNext) links.add("<" + link(page + 1) + ">; rel=\"next\"");
            if (hasPrevious()) links.add("<" + link(page - 1) + ">; rel=\"prev\"");
            if (!links.isEmpty()) ok.header(HttpHeaders.LINK, String.join(", ", links));
            return ok.body(body);
        }

        private String link(int target) {
            return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("limit")
                    .replaceQueryParam("page", target).replaceQueryParam("size", size).build().toUriString();
        }
    }
}
