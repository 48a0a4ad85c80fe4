package org.newsgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The landing page at / (what the dataset is, links to everything); every other request passes on. */
final class LandingFilter extends HttpFilter {

    private final Templates templates;
    private final SiteInfo site;

    LandingFilter(Templates templates, SiteInfo site) {
        this.templates = templates;
        this.site = site;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/") && !path.isEmpty()) {
            chain.doFilter(req, resp);
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(templates.render("landing", site));
    }
}
