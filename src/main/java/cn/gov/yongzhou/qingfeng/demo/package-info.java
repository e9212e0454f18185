/**
 * Demo data for dev mode only: a year of cases across the sample directory, made through the real services with a
 * fixed seed, so every staff page shows what it is for on first start. Never built into a production jar
 * ({@code @IfBuildProfile("dev")}).
 */
package cn.gov.yongzhou.qingfeng.demo;
