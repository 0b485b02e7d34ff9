/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model;

import java.util.Date;

import nl.leefwereld.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Film Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.blanco.model.FilmEvent#getWhen <em>When</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.FilmEvent#getDate <em>Date</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.FilmEvent#getWhat <em>What</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.FilmEvent#getQuote <em>Quote</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getFilmEvent()
 * @model
 * @generated
 */
public interface FilmEvent extends Identified {
	/**
	 * Returns the value of the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When</em>' attribute.
	 * @see #setWhen(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getFilmEvent_When()
	 * @model
	 * @generated
	 */
	String getWhen();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.FilmEvent#getWhen <em>When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When</em>' attribute.
	 * @see #getWhen()
	 * @generated
	 */
	void setWhen(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getFilmEvent_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.FilmEvent#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>What</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>What</em>' attribute.
	 * @see #setWhat(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getFilmEvent_What()
	 * @model
	 * @generated
	 */
	String getWhat();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.FilmEvent#getWhat <em>What</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>What</em>' attribute.
	 * @see #getWhat()
	 * @generated
	 */
	void setWhat(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getFilmEvent_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.FilmEvent#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

} // FilmEvent
