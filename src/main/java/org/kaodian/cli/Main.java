package org.kaodian.cli;
public class Main { public static void main(String[] a) {} }
